{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.bool; }; }
    { v = true; }
    { v = false; }
  ];
  read = r: r.config.v;
}
