{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.unique { message = "m"; } (types.listOf types.int); }; }
  ];
  read = r: r.options.v.type.description;
}
