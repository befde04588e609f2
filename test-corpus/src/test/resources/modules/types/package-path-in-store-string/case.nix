{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.listOf types.package; }; }
    { v = [ { type = "derivation"; name = "a"; outPath = "/x"; } ]; }
  ];
  read = r: map (p: p.name) r.config.v;
}
