{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.int; }; }
    { v = 3.5; }
  ];
  read = r: r.config.v;
}
