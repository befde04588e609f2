{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.strMatching "^[0-9]+$"; }; }
  ];
  read = r: r.options.v.type.description;
}
