{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.passwdEntry types.str; }; }
  ];
  read = r: r.options.v.type.description;
}
