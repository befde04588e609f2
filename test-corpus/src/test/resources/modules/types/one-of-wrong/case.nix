{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.oneOf [ types.int types.str types.bool ]; }; }
    { v = [ ]; }
  ];
  read = r: r.config.v;
}
