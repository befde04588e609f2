{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.passwdEntry types.str; }; }
    { v = "alice"; }
  ];
  read = r: r.config.v;
}
