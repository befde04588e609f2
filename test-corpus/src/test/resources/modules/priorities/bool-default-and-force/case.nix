{ lib }:
with lib;
{
  modules = [
    { options = { e = mkEnableOption "e"; }; }
    { e = mkForce false; }
    { e = true; }
  ];
  read = r: r.config.e;
}
