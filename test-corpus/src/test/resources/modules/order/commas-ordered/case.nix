{ lib }:
with lib;
{
  modules = [
    { options = { s = mkOption { type = types.commas; default = "d"; }; }; }
    { s = mkAfter "z"; }
    { s = mkBefore "a"; }
  ];
  read = r: r.config.s;
}
