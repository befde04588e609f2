# services.udev: rules of the configuration for Debian's udev. extraRules is /etc/udev/rules.d/99-local.rules
# (rules in /etc come after the packages' of the same name, and 99 after nearly all); the rules of `packages`
# reach udev through the system's software (its lib/udev/rules.d), as Debian's packages' rules do.
# (NixOS's extraHwdb is not here: Debian's hwdb is compiled by a unit that runs only after an update, which
# nixj's systems never have.)
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.services.udev;
in
{
  options.services.udev = {
    packages = mkOption {
      type = types.listOf types.path;
      default = [ ];
      description = "Packages whose udev rules (lib/udev/rules.d) are used; they are added to the system's software.";
    };
    extraRules = mkOption {
      type = types.lines;
      default = "";
      example = ''ENV{ID_VENDOR_ID}=="046d", ENV{ID_MODEL_ID}=="0825", ENV{PULSE_IGNORE}="1"'';
      description = "Rules of the system's own (udev(7)), in /etc/udev/rules.d/99-local.rules.";
    };
  };

  config = {
    environment.systemPackages = cfg.packages;
    environment.etc."udev/rules.d/99-local.rules" = lib.mkIf (cfg.extraRules != "") { text = cfg.extraRules; };
  };
}
