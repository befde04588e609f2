{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.oneOf [ types.int types.str types.bool ]; }; }
    { v = true; }
  ];
  read = r: r.config.v;
}
