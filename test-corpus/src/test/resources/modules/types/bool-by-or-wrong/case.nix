{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.boolByOr; }; }
    { v = 0; }
  ];
  read = r: r.config.v;
}
