# script, preStart and postStop become shell scripts in the store run by ExecStart=, ExecStartPre= and
# ExecStopPost=; startAt adds a timer.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  # A stand-in bash for the scripts of units (the bundled nixpkgs has no bash yet).
  withBash = { nixpkgs.overlays = [ (self: super: { bash = super.writeTextDir "bin/bash" ""; }) ]; };
in
let c = n.config [ withBash {
  systemd.services.backup = { script = "echo backing up"; scriptArgs = "--all"; preStart = "mkdir -p /var/backup"; postStop = "echo done"; startAt = "daily"; };
} ]; in
{ service = c.systemd.units."backup.service".text; timer = c.systemd.units."backup.timer".text; timerWantedBy = c.systemd.units."backup.timer".wantedBy; }
