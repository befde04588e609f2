# PipeWire serving PulseAudio clients and PulseAudio itself cannot both run.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
(n.config [ n.machine { services.pipewire = { enable = true; pulse.enable = true; }; hardware.pulseaudio.enable = true; } ]).system.build.toplevel
