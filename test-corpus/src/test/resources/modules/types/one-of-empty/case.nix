{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.oneOf [ ]; }; }
    { v = 3; }
  ];
  read = r: r.config.v;
}
