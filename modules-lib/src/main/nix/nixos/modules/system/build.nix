# system.build: the things a configuration builds (the system, images, the initrd, ...).
{ lib, ... }:
{
  options.system.build = lib.mkOption {
    default = { };
    type = lib.types.submoduleWith {
      modules = [{ freeformType = lib.types.lazyAttrsOf (lib.types.uniq lib.types.unspecified); }];
    };
    description = "Attributes built from the configuration, such as `toplevel` and `isoImage`.";
  };
}
