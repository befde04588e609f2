{ lib }:
with lib;
{
  modules = [
    { options.e = mkEnableOption "x"; }
    { e = true; }
  ];
  read = r: r.config.e;
}
