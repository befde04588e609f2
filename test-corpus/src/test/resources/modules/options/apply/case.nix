{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.int; apply = x: x * 10; }; }
    { v = 4; }
  ];
  read = r: r.config.v;
}
