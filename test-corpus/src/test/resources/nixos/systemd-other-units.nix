# Targets, sockets and timers, and units given as text.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  # A stand-in bash for the scripts of units (the bundled nixpkgs has no bash yet).
  withBash = { nixpkgs.overlays = [ (self: super: { bash = super.writeTextDir "bin/bash" ""; }) ]; };
in
let c = n.config [ {
  systemd.targets.rescue-ready = { description = "Rescue ready"; wantedBy = [ "multi-user.target" ]; after = [ "network-online.target" ]; };
  systemd.sockets.echo = { listenStreams = [ "7" "[::]:7007" ]; socketConfig.Accept = true; wantedBy = [ "sockets.target" ]; };
  systemd.timers.cleanup = { timerConfig = { OnBootSec = "5min"; Unit = "cleanup.service"; }; wantedBy = [ "timers.target" ]; };
  systemd.units."custom.mount".text = "[Mount]\nWhat=tmpfs\nWhere=/custom\n";
} ]; in
builtins.mapAttrs (_: unit: { inherit (unit) text wantedBy enable overrideStrategy; }) c.systemd.units
