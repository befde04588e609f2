{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.bool; }; }
    { v = true; }
    { v = true; }
  ];
  read = r: r.config.v;
}
