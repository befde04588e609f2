# installer.cloneConfig: whether the installation medium carries its own configuration in /etc/nixos, so
# that nixos-rebuild works on it.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
in
{
  options.installer = {
    cloneConfig = mkOption {
      type = types.bool;
      default = true;
      description = "Whether /etc/nixos/configuration.nix on the medium imports the medium's own configuration.";
    };
    cloneConfigIncludes = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "./nixos/modules/hardware/network/rt73.nix" ];
      description = "Files imported by the cloned configuration.";
    };
    cloneConfigExtra = mkOption {
      type = types.lines;
      default = "";
      description = "Text added to the cloned configuration.";
    };
  };
}
