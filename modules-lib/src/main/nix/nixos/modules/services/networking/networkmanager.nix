# networking.networkmanager: NetworkManager.
{ config, lib, ... }:
let
  cfg = config.networking.networkmanager;
in
{
  options.networking.networkmanager = {
    enable = lib.mkOption {
      type = lib.types.bool;
      default = false;
      description = "Whether NetworkManager configures the network (members of the `networkmanager` group may change it).";
    };
    unmanaged = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      description = "Interfaces NetworkManager leaves alone.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [{
      assertion = config.networking.wireless.enable -> cfg.unmanaged != [ ];
      message = ''
        You can not use networking.networkmanager with networking.wireless.
        Except if you mark some interfaces as <literal>unmanaged</literal> by NetworkManager.
      '';
    }];
  };
}
