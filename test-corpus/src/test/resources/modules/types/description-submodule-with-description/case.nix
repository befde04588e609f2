{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.submoduleWith { modules = [ ]; description = "custom thing"; }; }; }
  ];
  read = r: r.options.v.type.description;
}
