{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.package; }; }
    { v = { type = "derivation"; name = "p"; outPath = "/x"; }; }
    { v = { type = "derivation"; name = "q"; outPath = "/y"; }; }
  ];
  read = r: r.config.v;
}
