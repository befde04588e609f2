{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.passwdEntry types.str; }; }
    { v = "a:b"; }
  ];
  read = r: r.config.v;
}
