{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.separatedString ""; }; }
  ];
  read = r: r.options.v.type.description;
}
