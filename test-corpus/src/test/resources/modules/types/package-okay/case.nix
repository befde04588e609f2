{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.package; }; }
    { v = { type = "derivation"; name = "p"; outPath = "${builtins.storeDir}/aaa-p"; }; }
  ];
  read = r: r.config.v.name;
}
