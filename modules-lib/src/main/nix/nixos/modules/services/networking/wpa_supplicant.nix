# networking.wireless: wpa_supplicant.
{ lib, ... }:
{
  options.networking.wireless = {
    enable = lib.mkEnableOption "wpa_supplicant";
    userControlled.enable = lib.mkOption {
      type = lib.types.bool;
      default = false;
      description = "Whether members of `wheel` may change the wireless networks (wpa_cli, wpa_gui).";
    };
    interfaces = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      description = "The interfaces wpa_supplicant uses; all wireless ones when empty.";
    };
    networks = lib.mkOption {
      type = lib.types.attrsOf (lib.types.submodule {
        options = {
          psk = lib.mkOption { type = lib.types.nullOr lib.types.str; default = null; description = "The network's passphrase."; };
          pskRaw = lib.mkOption { type = lib.types.nullOr lib.types.str; default = null; description = "The network's raw key."; };
          hidden = lib.mkOption { type = lib.types.bool; default = false; description = "Whether the network is hidden."; };
          priority = lib.mkOption { type = lib.types.nullOr lib.types.int; default = null; description = "The network's priority."; };
        };
      });
      default = { };
      description = "The wireless networks, by SSID.";
    };
  };
}
