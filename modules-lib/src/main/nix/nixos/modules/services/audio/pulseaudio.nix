# services.pulseaudio: the PulseAudio sound server (NixOS's hardware.pulseaudio until 25.05, kept as a rename).
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.services.pulseaudio;
  enableOption = description: mkOption { type = types.bool; default = false; inherit description; };
in
{
  imports = [ (lib.mkRenamedOptionModule [ "hardware" "pulseaudio" ] [ "services" "pulseaudio" ]) ];

  options.services.pulseaudio = {
    enable = enableOption "Whether PulseAudio is the sound server.";
    package = mkOption {
      type = types.package;
      default = pkgs.pulseaudio;
      defaultText = lib.literalExpression "pkgs.pulseaudio";
      description = "The PulseAudio package.";
    };
    systemWide = enableOption "Whether one PulseAudio daemon serves every user (members of `pulse-access`).";
    support32Bit = enableOption "Whether 32-bit applications can play through PulseAudio.";
    extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = "Lines appended to PulseAudio's `default.pa`.";
    };
    extraModules = mkOption {
      type = types.listOf types.package;
      default = [ ];
      description = "Packages of further PulseAudio modules.";
    };
    daemon.config = mkOption {
      type = types.attrsOf types.unspecified;
      default = { };
      example = { flat-volumes = "no"; };
      description = "Settings of PulseAudio's `daemon.conf`.";
    };
  };

  config = lib.mkIf cfg.enable {
    environment.systemPackages = [ cfg.package ];
  };
}
