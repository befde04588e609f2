# `lib`: functions and values modules share through the configuration (config.lib.isoFileSystems, ...).
{ lib, ... }:
{
  options.lib = lib.mkOption {
    default = { };
    type = lib.types.attrsOf lib.types.attrs;
    description = "Values modules put here for other modules to use.";
  };
}
