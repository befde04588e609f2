# services.getty: the login prompts of the consoles. Debian's systemd has the units (getty@.service for the
# virtual consoles, serial-getty@.service for serial ones, started by its getty generator for the kernel's
# consoles); the configuration changes their agetty command line with drop-ins, and writes /etc/issue.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.services.getty;

  baseArgs = [ "--login-program" cfg.loginProgram ] ++ cfg.extraArgs;
  autologin = lib.optionals (cfg.autologinUser != null) [ "--autologin" cfg.autologinUser ];

  # With autologinOnce, only the first getty of the boot logs in by itself (it leaves a mark in /run).
  autologinOnce = pkgs.writeShellScript "agetty-autologin-once" ''
    if [ -e /run/agetty.autologged ]; then
      exec /sbin/agetty ${lib.escapeShellArgs baseArgs} "$@"
    fi
    touch /run/agetty.autologged
    exec /sbin/agetty ${lib.escapeShellArgs (baseArgs ++ autologin)} "$@"
  '';

  # agetty's command line, as the units' ExecStart= (the empty value first clears Debian's).
  agetty = args: [
    ""
    (if cfg.autologinOnce && cfg.autologinUser != null then "-${autologinOnce} ${args}"
    else "-/sbin/agetty ${lib.escapeShellArgs (baseArgs ++ autologin)} ${args}")
  ];

  # The serial consoles the kernel is given (console=ttyS0,115200): each gets a getty.
  serialConsoles = lib.unique (lib.concatMap
    (param:
      let m = builtins.match "console=(tty[A-Za-z]+[0-9]+)(,.*)?" param;
      in lib.optional (m != null) (builtins.head m))
    config.boot.kernelParams);
in
{
  options.services.getty = {
    autologinUser = mkOption {
      type = types.nullOr types.str;
      default = null;
      description = "The account logged in automatically on the consoles, or null.";
    };
    autologinOnce = mkOption {
      type = types.bool;
      default = false;
      description = "Whether automatic login happens only once per boot (the first getty to start logs in).";
    };
    greetingLine = mkOption {
      type = types.str;
      default = ''<<< Welcome to ${config.system.nixos.distroName} ${config.system.nixos.label} (\m) - \l >>>'';
      defaultText = lib.literalExpression ''"<<< Welcome to ''${config.system.nixos.distroName} ''${config.system.nixos.label} (\\m) - \\l >>>"'';
      description = "The first line of the login prompt.";
    };
    helpLine = mkOption {
      type = types.lines;
      default = "";
      description = "Help text shown under the greeting.";
    };
    extraArgs = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = "Further arguments of agetty.";
    };
    loginProgram = mkOption {
      type = types.path;
      default = "/bin/login";
      description = "The program agetty runs to log users in.";
    };
  };

  config = {
    systemd.services = {
      "getty@" = {
        overrideStrategy = "asDropin";
        serviceConfig.ExecStart = agetty "--noclear - $TERM";
      };
      "serial-getty@" = {
        overrideStrategy = "asDropin";
        serviceConfig.ExecStart = agetty "--keep-baud 115200,57600,38400,9600 - $TERM";
      };
    };

    # Enabled by a link only: the instance is Debian's template with the drop-in above.
    systemd.units = lib.genAttrs (map (tty: "serial-getty@${tty}.service") serialConsoles) (_: { wantedBy = [ "getty.target" ]; });

    environment.etc.issue = lib.mkDefault {
      text = ''

        ${cfg.greetingLine}
        ${cfg.helpLine}
      '';
    };
  };
}
