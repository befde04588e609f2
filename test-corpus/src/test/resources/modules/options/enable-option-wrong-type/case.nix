{ lib }:
with lib;
{
  modules = [
    { options.e = mkEnableOption "x"; }
    { e = "yes"; }
  ];
  read = r: r.config.e;
}
