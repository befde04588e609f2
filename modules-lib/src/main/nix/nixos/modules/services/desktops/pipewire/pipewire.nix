# services.pipewire: PipeWire, the sound and video server, with its PulseAudio, ALSA and JACK interfaces.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.services.pipewire;
  enableOption = description: mkOption { type = types.bool; default = false; inherit description; };
in
{
  options.services.pipewire = {
    enable = enableOption "Whether PipeWire runs (as a user service, or system-wide).";
    package = mkOption {
      type = types.package;
      default = pkgs.pipewire;
      defaultText = lib.literalExpression "pkgs.pipewire";
      description = "The PipeWire package.";
    };
    socketActivation = mkOption {
      type = types.bool;
      default = true;
      description = "Whether PipeWire starts when a client connects to its socket rather than with the session.";
    };
    systemWide = enableOption "Whether one PipeWire instance serves every user (not recommended).";
    audio.enable = mkOption {
      type = types.bool;
      default = cfg.enable;
      defaultText = lib.literalExpression "config.services.pipewire.enable";
      description = "Whether PipeWire is the system's sound server.";
    };
    alsa.enable = enableOption "Whether ALSA applications play through PipeWire.";
    alsa.support32Bit = enableOption "Whether 32-bit ALSA applications play through PipeWire.";
    pulse.enable = enableOption "Whether PipeWire serves PulseAudio clients (instead of PulseAudio).";
    jack.enable = enableOption "Whether PipeWire serves JACK clients.";
    wireplumber.enable = mkOption {
      type = types.bool;
      default = cfg.enable;
      defaultText = lib.literalExpression "config.services.pipewire.enable";
      description = "Whether WirePlumber manages PipeWire's sessions.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [{
      assertion = cfg.pulse.enable -> !config.services.pulseaudio.enable;
      message = "Using PipeWire as the sound server conflicts with PulseAudio. This option requires `services.pulseaudio.enable` to be set to false";
    }];
    environment.systemPackages = [ cfg.package ] ++ lib.optional cfg.wireplumber.enable pkgs.wireplumber;
  };
}
