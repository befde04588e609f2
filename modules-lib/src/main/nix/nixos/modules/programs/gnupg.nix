# programs.gnupg: GnuPG's agent for every user, started by the user's service manager when a socket of it is
# first used (with SSH support: the socket SSH_AUTH_SOCK names), and dirmngr likewise. The units are NixOS's;
# they replace Debian's user units of the same names, which are the same units with Debian's paths.
# /etc/gnupg/gpg-agent.conf is written from `agent.settings` as NixOS writes it; Debian's GnuPG 2.2 reads only
# the user's own gpg-agent.conf, so the pinentry it runs is Debian's alternative, pinentry-curses.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types mkIf;
  cfg = config.programs.gnupg;
  agentSettings = pkgs.formats.keyValue { mkKeyValue = lib.generators.mkKeyValueDefault { } " "; };

  # A user socket of the agent, as GnuPG's own units define them.
  # (The agent's main socket names no service: its own name says it.)
  agentSocket = { description, file, fdName, documentation ? "man:gpg-agent(1)", main ? false }: {
    unitConfig = { Description = description; Documentation = documentation; };
    socketConfig = {
      ListenStream = "%t/gnupg/${file}";
      FileDescriptorName = fdName;
      SocketMode = "0600";
      DirectoryMode = "0700";
    } // lib.optionalAttrs (!main) { Service = "gpg-agent.service"; };
    wantedBy = [ "sockets.target" ];
    replacePackageUnit = true;
  };
in
{
  imports = [
    (lib.mkRemovedOptionModule [ "programs" "gnupg" "agent" "pinentryFlavor" ] "Use programs.gnupg.agent.pinentryPackage instead")
  ];

  options.programs.gnupg = {
    package = lib.mkPackageOption pkgs "gnupg" { };
    agent = {
      enable = mkOption { type = types.bool; default = false; description = "Whether every user session has a GnuPG agent, started when its socket is first used."; };
      enableSSHSupport = mkOption {
        type = types.bool;
        default = false;
        description = "Whether the agent also serves as the SSH agent: its SSH socket is SSH_AUTH_SOCK in login shells.";
      };
      enableExtraSocket = mkOption { type = types.bool; default = false; description = "Whether the agent has its restricted \"extra\" socket (for forwarding over SSH)."; };
      enableBrowserSocket = mkOption { type = types.bool; default = false; description = "Whether the agent has its socket for web browsers."; };
      pinentryPackage = mkOption {
        type = types.nullOr types.package;
        default = pkgs.pinentry-curses;
        defaultText = lib.literalMD "`pkgs.pinentry-curses`";
        example = lib.literalExpression "pkgs.pinentry-curses";
        description = "The pinentry the agent asks for passphrases with (its mainProgram goes to pinentry-program in gpg-agent.conf); null for none.";
      };
      settings = mkOption {
        type = agentSettings.type;
        default = { };
        example = { default-cache-ttl = 600; };
        description = "Settings of /etc/gnupg/gpg-agent.conf (see gpg-agent(1)).";
      };
    };
    dirmngr.enable = mkOption { type = types.bool; default = false; description = "Whether every user session has GnuPG's dirmngr (key servers, certificate lists), started when its socket is first used."; };
  };

  config = mkIf cfg.agent.enable {
    assertions = [{
      assertion = cfg.agent.enableSSHSupport -> !config.programs.ssh.startAgent;
      message = "You can't use ssh-agent and GnuPG agent with SSH support enabled at the same time!";
    }];

    environment.systemPackages = [ cfg.package ];
    # Where gpg-agent looks for its pinentry when no configuration names one.
    system.debian.alternatives.pinentry = { link = "bin/pinentry"; path = "/usr/bin/pinentry-curses"; };

    programs.gnupg.agent.settings = mkIf (cfg.agent.pinentryPackage != null) {
      pinentry-program = lib.getExe cfg.agent.pinentryPackage;
    };
    environment.etc."gnupg/gpg-agent.conf".source = agentSettings.generate "gpg-agent.conf" cfg.agent.settings;

    environment.interactiveShellInit = ''
      # The agent asks for passphrases on the terminal gpg runs on.
      export GPG_TTY=$(tty)
    '';
    environment.extraInit = mkIf cfg.agent.enableSSHSupport ''
      if [ -z "$SSH_AUTH_SOCK" ]; then
        export SSH_AUTH_SOCK=$(${cfg.package}/bin/gpgconf --list-dirs agent-ssh-socket)
      fi
    '';
    # SSH cannot tell the agent which terminal it runs on; this tells it before every connection.
    programs.ssh.extraConfig = lib.optionalString cfg.agent.enableSSHSupport ''
      Match host * exec "${pkgs.runtimeShell} -c '${cfg.package}/bin/gpg-connect-agent --quiet updatestartuptty /bye >/dev/null 2>&1'"
    '';

    systemd.user.services.gpg-agent = {
      unitConfig = {
        Description = "GnuPG cryptographic agent and passphrase cache";
        Documentation = "man:gpg-agent(1)";
        Requires = [ "sockets.target" ];
      };
      serviceConfig = {
        ExecStart = "${cfg.package}/bin/gpg-agent --supervised";
        ExecReload = "${cfg.package}/bin/gpgconf --reload gpg-agent";
      };
      replacePackageUnit = true;
    };
    systemd.user.sockets = {
      gpg-agent = agentSocket { description = "GnuPG cryptographic agent and passphrase cache"; file = "S.gpg-agent"; fdName = "std"; main = true; };
      gpg-agent-ssh = mkIf cfg.agent.enableSSHSupport (agentSocket {
        description = "GnuPG cryptographic agent (ssh-agent emulation)";
        documentation = "man:gpg-agent(1) man:ssh-add(1) man:ssh-agent(1) man:ssh(1)";
        file = "S.gpg-agent.ssh";
        fdName = "ssh";
      });
      gpg-agent-extra = mkIf cfg.agent.enableExtraSocket (agentSocket {
        description = "GnuPG cryptographic agent and passphrase cache (restricted)";
        file = "S.gpg-agent.extra";
        fdName = "extra";
      });
      gpg-agent-browser = mkIf cfg.agent.enableBrowserSocket (agentSocket {
        description = "GnuPG cryptographic agent and passphrase cache (access for web browsers)";
        file = "S.gpg-agent.browser";
        fdName = "browser";
      });
      dirmngr = mkIf cfg.dirmngr.enable {
        unitConfig = { Description = "GnuPG network certificate management daemon"; Documentation = "man:dirmngr(8)"; };
        socketConfig = { ListenStream = "%t/gnupg/S.dirmngr"; SocketMode = "0600"; DirectoryMode = "0700"; };
        wantedBy = [ "sockets.target" ];
        replacePackageUnit = true;
      };
    };
    systemd.user.services.dirmngr = mkIf cfg.dirmngr.enable {
      unitConfig = { Description = "GnuPG network certificate management daemon"; Documentation = "man:dirmngr(8)"; Requires = "dirmngr.socket"; };
      serviceConfig = {
        ExecStart = "${cfg.package}/bin/dirmngr --supervised";
        ExecReload = "${cfg.package}/bin/gpgconf --reload dirmngr";
      };
      replacePackageUnit = true;
    };
  };
}
