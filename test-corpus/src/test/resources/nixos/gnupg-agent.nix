# programs.gnupg.agent: NixOS's user units for the agent (its sockets wanted by sockets.target, the SSH, extra
# and browser ones on request) and dirmngr, whole over Debian's; gpg-agent.conf from settings with the
# pinentry's mainProgram; GPG_TTY for interactive shells; with SSH support, SSH_AUTH_SOCK and ssh_config's
# Match line. pkgs.gnupg has every GnuPG program in bin, as nixpkgs' has; pinentry-curses runs as pinentry.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  c = n.config [ n.machine { programs.gnupg = { agent = { enable = true; enableSSHSupport = true; enableExtraSocket = true; settings.default-cache-ttl = 600; }; dirmngr.enable = true; }; } ];
  plain = n.config [ n.machine { programs.gnupg.agent.enable = true; } ];
  storeless = builtins.replaceStrings [ builtins.storeDir ] [ "<store>" ];
  userUnits = config: builtins.attrNames config.systemd.user.units;
in
{
  units = userUnits c;
  plainUnits = userUnits plain;
  agentService = storeless c.systemd.user.units."gpg-agent.service".text;
  sshSocket = c.systemd.user.units."gpg-agent-ssh.socket".text;
  mainSocket = c.systemd.user.units."gpg-agent.socket".text;
  wanted = builtins.filter (n.lib.hasPrefix "sockets.target.wants/") (map (e: e.path) c.environment.etc."systemd/user".source.entries);
  settings = storeless (builtins.toJSON c.programs.gnupg.agent.settings);
  extraInit = storeless c.environment.extraInit;
  gpgTty = n.lib.hasInfix "export GPG_TTY=$(tty)" c.environment.interactiveShellInit;
  sshMatch = n.lib.hasInfix "gpg-connect-agent --quiet updatestartuptty" c.programs.ssh.extraConfig;
  programs = map (e: e.path) c.programs.gnupg.package.entries;
  pinentry = storeless (n.lib.getExe c.programs.gnupg.agent.pinentryPackage);
  alternative = c.system.debian.alternatives.pinentry.path;
}
