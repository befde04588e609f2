# programs.nano: nano, on by default as in NixOS, so every system has an editor (EDITOR is nano by default:
# ./environment.nix); /etc/nanorc from nanorc, after the syntax definitions Debian's nano ships when
# syntaxHighlight is on.
{ config, lib, pkgs, ... }:
let
  cfg = config.programs.nano;
in
{
  options.programs.nano = {
    enable = lib.mkEnableOption "nano, a small console text editor" // { default = true; };
    package = lib.mkPackageOption pkgs "nano" { };
    nanorc = lib.mkOption {
      type = lib.types.lines;
      default = "";
      example = "set nowrap\nset tabstospaces\nset tabsize 2\n";
      description = "The system's nano settings (nanorc(5)).";
    };
    syntaxHighlight = lib.mkOption { type = lib.types.bool; default = false; description = "Whether nano colours the syntax of the languages it knows."; };
  };

  config = lib.mkIf cfg.enable {
    environment.systemPackages = [ cfg.package ];
    environment.etc.nanorc.text = lib.optionalString cfg.syntaxHighlight ''
      # The syntax definitions nano ships.
      include "${cfg.package}/usr/share/nano/*.nanorc"
    '' + cfg.nanorc;
  };
}
