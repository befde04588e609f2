{ lib }:
with lib;
{
  modules = [
    { freeformType = types.attrsOf types.str; options.declared = mkOption { type = types.int; default = 1; }; }
    { free = "x"; }
    { other = "y"; declared = 2; }
  ];
  read = r: r.config;
}
