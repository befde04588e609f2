# programs.htop: htop in the system, and its settings in /etc/htoprc, which htop reads when the user has no
# htoprc of their own (lists become space-separated values, booleans 0 or 1).
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.programs.htop;
  render = value:
    if builtins.isList value then lib.concatMapStringsSep " " render value
    else if builtins.isBool value then (if value then "1" else "0")
    else toString value;
in
{
  options.programs.htop = {
    enable = lib.mkEnableOption "htop, an interactive process viewer";
    package = lib.mkPackageOption pkgs "htop" { };
    settings = mkOption {
      type = types.attrsOf (types.oneOf [ types.str types.int types.bool (types.listOf (types.oneOf [ types.str types.int types.bool ])) ]);
      default = { };
      example = { hide_kernel_threads = true; hide_userland_threads = true; };
      description = "htop's settings (the keys of its htoprc), the defaults of every user.";
    };
  };

  config = lib.mkIf cfg.enable {
    environment.systemPackages = [ cfg.package ];
    environment.etc.htoprc.text = ''
      # The system's htop settings, written from programs.htop.settings: change that, not this file.
      ${lib.concatStringsSep "\n" (lib.mapAttrsToList (key: value: "${key}=${render value}") cfg.settings)}
    '';
  };
}
