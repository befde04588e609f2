{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.addCheck types.int (x: x > 10); }; }
    { v = 5; }
  ];
  read = r: r.config.v;
}
