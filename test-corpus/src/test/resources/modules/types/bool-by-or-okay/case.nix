{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.boolByOr; }; }
    { v = false; }
    { v = true; }
    { v = false; }
  ];
  read = r: r.config.v;
}
