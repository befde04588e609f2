{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.deferredModule; }; }
    { v = 3; }
  ];
  read = r: r.config.v;
}
