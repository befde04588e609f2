{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.externalPath; }; }
    { v = "${builtins.storeDir}/abc-x"; }
  ];
  read = r: r.config.v;
}
