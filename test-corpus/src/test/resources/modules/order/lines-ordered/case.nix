{ lib }:
with lib;
{
  modules = [
    { options = { s = mkOption { type = types.lines; }; }; }
    { s = mkAfter "last"; }
    { s = "middle"; }
    { s = mkBefore "first"; }
  ];
  read = r: r.config.s;
}
