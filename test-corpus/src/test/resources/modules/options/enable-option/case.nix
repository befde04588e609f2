{ lib }:
with lib;
{
  modules = [
    { options.e = mkEnableOption "the thing"; }
  ];
  read = r: { inherit (r.options.e) default example description; t = r.options.e.type.description; };
}
