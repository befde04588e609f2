# programs.ssh: the ssh client's system-wide settings, /etc/ssh/ssh_config as NixOS writes it (extraConfig
# first, so that it wins, then `Host *` with the known-hosts files and the algorithm lists), and
# /etc/ssh/ssh_known_hosts from knownHosts; with startAgent, an ssh-agent for each user (a user service) whose
# socket the login shells find.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.programs.ssh;
  algorithms = description: mkOption { type = types.nullOr (types.listOf types.str); default = null; inherit description; };
  knownHostsFiles = [ "/etc/ssh/ssh_known_hosts" ] ++ map toString cfg.knownHostsFiles;
  knownHostLine = host:
    lib.optionalString host.certAuthority "@cert-authority "
    + lib.concatStringsSep "," (host.hostNames ++ host.extraHostNames)
    + " " + (if host.publicKey != null then host.publicKey else lib.fileContents host.publicKeyFile);
in
{
  options.programs.ssh = {
    extraConfig = mkOption { type = types.lines; default = ""; example = "Host example.org\n  User alice\n"; description = "Lines of ssh_config(5) before the generated ones (the first value of a setting wins)."; };
    forwardX11 = mkOption { type = types.nullOr types.bool; default = null; description = "Whether X11 connections are forwarded by default; null leaves ssh's default."; };
    pubkeyAcceptedKeyTypes = mkOption { type = types.listOf types.str; default = [ ]; example = [ "ssh-ed25519" ]; description = "The key types offered for public key authentication; empty for ssh's default."; };
    hostKeyAlgorithms = mkOption { type = types.listOf types.str; default = [ ]; description = "The host key algorithms accepted; empty for ssh's default."; };
    kexAlgorithms = algorithms "The key exchange algorithms; null for ssh's default.";
    ciphers = algorithms "The ciphers; null for ssh's default.";
    macs = algorithms "The message authentication codes; null for ssh's default.";
    startAgent = mkOption {
      type = types.bool;
      default = false;
      description = "Whether each user's service manager runs an ssh-agent, at $XDG_RUNTIME_DIR/ssh-agent, which SSH_AUTH_SOCK names in login shells.";
    };
    agentTimeout = mkOption { type = types.nullOr types.str; default = null; example = "1h"; description = "How long the agent keeps a key (ssh-agent -t); null: until it is removed."; };
    agentPKCS11Whitelist = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = lib.literalExpression ''"''${pkgs.opensc}/lib/opensc-pkcs11.so"'';
      description = "The PKCS#11 libraries the agent may load (ssh-agent -P patterns); null for ssh-agent's default.";
    };
    knownHostsFiles = mkOption { type = types.listOf types.path; default = [ ]; description = "More files of known host keys, besides /etc/ssh/ssh_known_hosts."; };
    knownHosts = mkOption {
      type = types.attrsOf (types.submodule ({ name, ... }: {
        options = {
          certAuthority = mkOption { type = types.bool; default = false; description = "Whether the key is a certificate authority's, trusted for the hosts' certificates."; };
          hostNames = mkOption { type = types.listOf types.str; default = [ name ]; defaultText = lib.literalExpression "[ name ]"; description = "The host names (or patterns) the key is for; by default the attribute's name."; };
          extraHostNames = mkOption { type = types.listOf types.str; default = [ ]; description = "More names of the hosts, added to hostNames."; };
          publicKey = mkOption { type = types.nullOr types.str; default = null; example = "ssh-ed25519 AAAAC3Nza..."; description = "The host's public key."; };
          publicKeyFile = mkOption { type = types.nullOr types.path; default = null; description = "A file with the host's public key, when publicKey is null."; };
        };
      }));
      default = { };
      description = "The hosts whose keys every user's ssh trusts, in /etc/ssh/ssh_known_hosts.";
    };
  };

  config = {
    assertions = lib.mapAttrsToList (name: host: {
      assertion = (host.publicKey == null) != (host.publicKeyFile == null);
      message = "knownHost ${name} must contain either a publicKey or publicKeyFile";
    }) cfg.knownHosts;

    # Debian's openssh-client has a user unit of that name for X sessions (agent-launch); this one replaces it.
    systemd.user.services.ssh-agent = lib.mkIf cfg.startAgent {
      description = "SSH Agent";
      wantedBy = [ "default.target" ];
      unitConfig.ConditionUser = "!@system";
      serviceConfig = {
        ExecStartPre = "${pkgs.coreutils}/bin/rm -f %t/ssh-agent";
        ExecStart = "${pkgs.openssh-client}/usr/bin/ssh-agent "
          + lib.optionalString (cfg.agentTimeout != null) "-t ${cfg.agentTimeout} "
          + lib.optionalString (cfg.agentPKCS11Whitelist != null) "-P ${cfg.agentPKCS11Whitelist} "
          + "-a %t/ssh-agent";
        StandardOutput = "null";
        Type = "forking";
        Restart = "on-failure";
        SuccessExitStatus = "0 2";
      };
      replacePackageUnit = true;
    };

    environment.extraInit = lib.optionalString cfg.startAgent ''
      if [ -z "$SSH_AUTH_SOCK" -a -n "$XDG_RUNTIME_DIR" ]; then
        export SSH_AUTH_SOCK="$XDG_RUNTIME_DIR/ssh-agent"
      fi
    '';

    environment.etc."ssh/ssh_known_hosts" = lib.mkIf (cfg.knownHosts != { }) {
      text = lib.concatMapStringsSep "\n" knownHostLine (lib.attrValues cfg.knownHosts) + "\n";
    };

    environment.etc."ssh/ssh_config".text = ''
      # Lines of programs.ssh.extraConfig first: ssh takes the first value it reads of a setting.
      ${cfg.extraConfig}

      # Made from the other programs.ssh options.
      Host *
      GlobalKnownHostsFile ${lib.concatStringsSep " " knownHostsFiles}
      ${lib.optionalString (!config.networking.enableIPv6) "AddressFamily inet"}
      ${lib.optionalString (cfg.forwardX11 != null) "ForwardX11 ${if cfg.forwardX11 then "yes" else "no"}"}
      ${lib.optionalString (cfg.pubkeyAcceptedKeyTypes != [ ]) "PubkeyAcceptedKeyTypes ${lib.concatStringsSep "," cfg.pubkeyAcceptedKeyTypes}"}
      ${lib.optionalString (cfg.hostKeyAlgorithms != [ ]) "HostKeyAlgorithms ${lib.concatStringsSep "," cfg.hostKeyAlgorithms}"}
      ${lib.optionalString (cfg.kexAlgorithms != null) "KexAlgorithms ${lib.concatStringsSep "," cfg.kexAlgorithms}"}
      ${lib.optionalString (cfg.ciphers != null) "Ciphers ${lib.concatStringsSep "," cfg.ciphers}"}
      ${lib.optionalString (cfg.macs != null) "MACs ${lib.concatStringsSep "," cfg.macs}"}
    '';
  };
}
