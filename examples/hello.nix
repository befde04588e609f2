# A small NixOS configuration module: a web host that serves a greeting page.
# `scripts/example.sh` runs `nixj instantiate --parse` and `nixj parse` on it.
{ config, lib, pkgs, ... }:

let
  inherit (lib) mkIf mkDefault mkOption types;

  cfg = config.services.hello;

  greeting = "Hello from ${config.networking.hostName}!";

  page = pkgs.writeTextDir "index.html" ''
    <!doctype html>
    <title>${lib.escapeXML greeting}</title>
    <h1>${greeting}</h1>
    <p>Served by nginx on port ${toString cfg.port}.</p>
  '';

  users = [ "alice" "bob" ];

  mkUser = name: {
    isNormalUser = true;
    extraGroups = [ "wheel" ] ++ lib.optional (name == "alice") "networkmanager";
    openssh.authorizedKeys.keyFiles = [ (./keys + "/${name}.pub") ];
  };
in
{
  imports = [ ./hardware-configuration.nix ];

  options.services.hello = {
    enable = mkOption {
      type = types.bool;
      default = true;
      description = "Whether to serve the greeting page.";
    };
    port = mkOption {
      type = types.port;
      default = 8080;
    };
  };

  config = {
    networking = {
      hostName = mkDefault "hello";
      firewall.allowedTCPPorts = lib.optionals cfg.enable [ cfg.port ];
    };

    services.nginx = mkIf cfg.enable {
      enable = true;
      virtualHosts.${config.networking.hostName} = {
        listen = [ { addr = "0.0.0.0"; inherit (cfg) port; } ];
        root = page;
      };
    };

    users.users = builtins.listToAttrs (map (name: { inherit name; value = mkUser name; }) users);

    environment.systemPackages = with pkgs; [ curl git htop ];

    boot.kernelParams = [ "console=ttyS0,115200" ] ++ lib.optional (!cfg.enable) "quiet";
    boot.loader.timeout = if cfg.enable then 5 else 1;

    system.activationScripts.greeting = ''
      echo ${lib.escapeShellArg greeting} > /etc/motd
      # Nix strings keep ''${shell} references when escaped like this.
      echo "booted at $(date)" >> /var/log/hello-''${USER:-root}.log
    '';

    system.stateVersion = "24.05";
  };
}
