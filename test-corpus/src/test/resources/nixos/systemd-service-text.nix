# A service's unit text: [Unit] from its dependencies and unitConfig, [Service] from its environment, PATH and
# serviceConfig (lists repeat the key, booleans are true/false).
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  # A stand-in bash for the scripts of units (the bundled nixpkgs has no bash yet).
  withBash = { nixpkgs.overlays = [ (self: super: { bash = super.writeTextDir "bin/bash" ""; }) ]; };
in
let c = n.config [ {
  systemd.services.hello = {
    description = "Says hello";
    after = [ "network.target" "time-sync.target" ];
    wants = [ "network.target" ];
    requires = [ "dbus.socket" ];
    path = [ "/opt/tools" ];
    environment = { GREETING = "hello \"world\""; UNSET = null; };
    unitConfig.ConditionPathExists = "/etc/hello";
    serviceConfig = { ExecStart = "/usr/bin/hello"; Restart = "on-failure"; RestartSec = 5; ProtectHome = true; ReadWritePaths = [ "/var/lib/hello" "/run/hello" ]; };
  };
} ]; in
{ text = c.systemd.units."hello.service".text; inherit (c.systemd.services.hello) unitConfig; }
