# services.openssh: the OpenSSH server (Debian's openssh-server); users.users.<name>.openssh.authorizedKeys.
# /etc/ssh/sshd_config is made from the options, each account's keys go to /etc/ssh/authorized_keys.d/NAME,
# and sshd.service (a unit of our own: Debian's is ssh.service, which stays disabled) makes the missing host
# keys before it starts sshd, as NixOS does.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.services.openssh;

  nullOrBool = types.nullOr types.bool;
  settingsValue = types.nullOr (types.oneOf [ types.bool types.int types.str (types.listOf types.str) ]);

  recommended = list: if cfg.enableRecommendedAlgorithms then list else null;

  # A setting's line of sshd_config: yes/no for booleans; lists joined with commas for the algorithm
  # lists and with spaces for the rest.
  commaSeparated = [ "Ciphers" "KexAlgorithms" "Macs" ];
  settingLine = key: value:
    let
      text =
        if lib.isBool value then (if value then "yes" else "no")
        else if lib.isList value then lib.concatStringsSep (if lib.elem key commaSeparated then "," else " ") (map toString value)
        else toString value;
    in
    "${key} ${text}\n";

  ports = lib.concatMapStrings (port: "Port ${toString port}\n") cfg.ports;
  listenAddresses = lib.concatMapStrings
    (listen: lib.concatMapStrings (port: "ListenAddress ${listen.addr}:${toString port}\n")
      (if listen.port != null then [ listen.port ] else cfg.ports))
    cfg.listenAddresses;

  sshdConfig = ports + listenAddresses
    + lib.concatStrings (lib.mapAttrsToList settingLine (lib.filterAttrs (_: value: value != null) cfg.settings))
    + "AuthorizedKeysFile ${toString cfg.authorizedKeysFiles}\n"
    + lib.concatMapStrings (key: "HostKey ${key.path}\n") cfg.hostKeys
    + lib.optionalString cfg.allowSFTP "Subsystem sftp ${cfg.sftpServerExecutable}\n"
    + cfg.extraConfig;

  # The host keys sshd lacks, made before it starts.
  makeHostKeys = lib.concatMapStrings (key: ''
    if ! [ -s "${key.path}" ]; then
      rm -f "${key.path}"
      mkdir -m 0755 -p "$(dirname "${key.path}")"
      ssh-keygen -t "${key.type}" ${lib.optionalString (key ? bits) "-b ${toString key.bits}"} -f "${key.path}" -N "" -C ""
    fi
  '') cfg.hostKeys;

  usersWithKeys = lib.filterAttrs
    (_: user: user.openssh.authorizedKeys.keys != [ ] || user.openssh.authorizedKeys.keyFiles != [ ])
    config.users.users;

  authorizedKeysOptions = { ... }: {
    options.openssh.authorizedKeys = {
      keys = mkOption {
        type = types.listOf types.singleLineStr;
        default = [ ];
        example = [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIM... user@host" ];
        description = "Public keys that may log in to the account.";
      };
      keyFiles = mkOption {
        type = types.listOf types.path;
        default = [ ];
        description = "Files with public keys that may log in to the account.";
      };
    };
    options.openssh.authorizedPrincipals = mkOption {
      type = types.listOf types.singleLineStr;
      default = [ ];
      description = "Certificate principals that may log in to the account.";
    };
  };
in
{
  imports = [
    (lib.mkAliasOptionModule [ "services" "sshd" "enable" ] [ "services" "openssh" "enable" ])
    (lib.mkRenamedOptionModule [ "services" "openssh" "challengeResponseAuthentication" ] [ "services" "openssh" "kbdInteractiveAuthentication" ])
    (lib.mkRenamedOptionModule [ "services" "openssh" "kbdInteractiveAuthentication" ] [ "services" "openssh" "settings" "KbdInteractiveAuthentication" ])
    (lib.mkRenamedOptionModule [ "services" "openssh" "passwordAuthentication" ] [ "services" "openssh" "settings" "PasswordAuthentication" ])
    (lib.mkRenamedOptionModule [ "services" "openssh" "useDns" ] [ "services" "openssh" "settings" "UseDns" ])
    (lib.mkRenamedOptionModule [ "services" "openssh" "permitRootLogin" ] [ "services" "openssh" "settings" "PermitRootLogin" ])
    (lib.mkRenamedOptionModule [ "services" "openssh" "logLevel" ] [ "services" "openssh" "settings" "LogLevel" ])
    (lib.mkRenamedOptionModule [ "services" "openssh" "macs" ] [ "services" "openssh" "settings" "Macs" ])
    (lib.mkRenamedOptionModule [ "services" "openssh" "ciphers" ] [ "services" "openssh" "settings" "Ciphers" ])
    (lib.mkRenamedOptionModule [ "services" "openssh" "kexAlgorithms" ] [ "services" "openssh" "settings" "KexAlgorithms" ])
    (lib.mkRenamedOptionModule [ "services" "openssh" "gatewayPorts" ] [ "services" "openssh" "settings" "GatewayPorts" ])
    (lib.mkRenamedOptionModule [ "services" "openssh" "forwardX11" ] [ "services" "openssh" "settings" "X11Forwarding" ])
  ];

  options.services.openssh = {
    enable = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the OpenSSH daemon runs, for remote logins.";
    };

    package = mkOption {
      type = types.package;
      default = pkgs.openssh-server;
      defaultText = lib.literalExpression "pkgs.openssh-server";
      description = "The OpenSSH server package (Debian's openssh-server; its sshd is /usr/sbin/sshd).";
    };

    sftpServerExecutable = mkOption {
      type = types.str;
      default = "/usr/lib/openssh/sftp-server";
      example = "internal-sftp";
      description = "The SFTP server sshd runs for the sftp subsystem.";
    };

    startWhenNeeded = mkOption {
      type = types.bool;
      default = false;
      description = "Whether sshd is started per connection by systemd (socket activation).";
    };

    openFirewall = mkOption {
      type = types.bool;
      default = true;
      description = "Whether the firewall opens services.openssh.ports.";
    };

    ports = mkOption {
      type = types.listOf types.port;
      default = [ 22 ];
      description = "The ports sshd listens on.";
    };

    listenAddresses = mkOption {
      type = types.listOf (types.submodule {
        options.addr = mkOption { type = types.nullOr types.str; default = null; description = "The address to listen on."; };
        options.port = mkOption { type = types.nullOr types.port; default = null; description = "The port; all of services.openssh.ports when null."; };
      });
      default = [ ];
      example = [{ addr = "192.168.3.1"; port = 22; }];
      description = "The addresses (and ports) sshd listens on; all addresses when empty.";
    };

    allowSFTP = mkOption {
      type = types.bool;
      default = true;
      description = "Whether the SFTP subsystem is on.";
    };

    enableRecommendedAlgorithms = mkOption {
      type = types.bool;
      default = true;
      description = "Whether the ciphers, key exchanges and MACs are NixOS's chosen ones (else OpenSSH's defaults).";
    };

    generateHostKeys = mkOption {
      type = types.bool;
      default = cfg.enable;
      defaultText = lib.literalExpression "services.openssh.enable";
      description = "Whether missing host keys are generated at boot.";
    };

    hostKeys = mkOption {
      type = types.listOf types.attrs;
      # NixOS also makes a 4096-bit RSA key; nixj's systems boot under emulation, where that takes long.
      default = [
        { type = "ed25519"; path = "/etc/ssh/ssh_host_ed25519_key"; }
      ];
      example = [{ type = "rsa"; bits = 4096; path = "/etc/ssh/ssh_host_rsa_key"; }];
      description = "The host keys: their paths, types and sizes (made at boot when missing).";
    };

    authorizedKeysFiles = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = "Files sshd reads authorized keys from (with sshd's % tokens).";
    };

    authorizedKeysInHomedir = mkOption {
      type = types.bool;
      default = true;
      description = "Whether ~/.ssh/authorized_keys is read.";
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = "Lines added to sshd_config as they are.";
    };

    settings = mkOption {
      default = { };
      description = "Settings of sshd_config, by keyword.";
      example = { UseDns = true; PasswordAuthentication = false; };
      type = types.submodule {
        freeformType = types.attrsOf settingsValue;
        options = {
          AuthorizedPrincipalsFile = mkOption { type = types.nullOr types.str; default = "none"; description = "The file of accepted certificate principals."; };
          Banner = mkOption { type = types.nullOr types.path; default = null; description = "A file shown to users before authentication."; };
          Ciphers = mkOption {
            type = types.nullOr (types.listOf types.str);
            default = recommended [ "chacha20-poly1305@openssh.com" "aes256-gcm@openssh.com" "aes128-gcm@openssh.com" "aes256-ctr" "aes192-ctr" "aes128-ctr" ];
            description = "The allowed ciphers.";
          };
          GatewayPorts = mkOption { type = types.nullOr types.str; default = "no"; description = "Whether remote hosts may connect to forwarded ports."; };
          KbdInteractiveAuthentication = mkOption { type = nullOrBool; default = true; description = "Whether keyboard-interactive authentication is allowed."; };
          KexAlgorithms = mkOption {
            type = types.nullOr (types.listOf types.str);
            # NixOS's choice without the post-quantum exchanges newer than Debian bookworm's OpenSSH 9.2
            # (mlkem768x25519-sha256, sntrup761x25519-sha512), which would stop its sshd from starting.
            default = recommended [ "sntrup761x25519-sha512@openssh.com" "curve25519-sha256" "curve25519-sha256@libssh.org" "diffie-hellman-group-exchange-sha256" ];
            description = "The allowed key exchange algorithms.";
          };
          LogLevel = mkOption {
            type = types.nullOr (types.enum [ "QUIET" "FATAL" "ERROR" "INFO" "VERBOSE" "DEBUG" "DEBUG1" "DEBUG2" "DEBUG3" ]);
            default = "INFO";
            description = "How much sshd logs.";
          };
          Macs = mkOption {
            type = types.nullOr (types.listOf types.str);
            default = recommended [ "hmac-sha2-512-etm@openssh.com" "hmac-sha2-256-etm@openssh.com" "umac-128-etm@openssh.com" ];
            description = "The allowed MACs.";
          };
          PasswordAuthentication = mkOption { type = nullOrBool; default = true; description = "Whether password authentication is allowed."; };
          PermitRootLogin = mkOption {
            type = types.nullOr (types.enum [ "yes" "without-password" "prohibit-password" "forced-commands-only" "no" ]);
            default = "prohibit-password";
            description = "Whether and how root may log in.";
          };
          PrintMotd = mkOption { type = nullOrBool; default = false; description = "Whether sshd prints /etc/motd."; };
          StrictModes = mkOption { type = nullOrBool; default = true; description = "Whether sshd checks the modes of users' files."; };
          UseDns = mkOption { type = nullOrBool; default = false; description = "Whether sshd looks up the names of remote hosts."; };
          UsePAM = mkOption { type = nullOrBool; default = true; description = "Whether sshd authenticates through PAM."; };
          X11Forwarding = mkOption { type = nullOrBool; default = false; description = "Whether X11 forwarding is allowed."; };
          AllowUsers = mkOption { type = types.nullOr (types.listOf types.str); default = null; description = "If set, the only accounts that may log in."; };
          DenyUsers = mkOption { type = types.nullOr (types.listOf types.str); default = null; description = "Accounts that may not log in."; };
          AllowGroups = mkOption { type = types.nullOr (types.listOf types.str); default = null; description = "If set, the only groups whose members may log in."; };
          DenyGroups = mkOption { type = types.nullOr (types.listOf types.str); default = null; description = "Groups whose members may not log in."; };
          AcceptEnv = mkOption { type = types.nullOr (types.listOf types.str); default = null; description = "Environment variables accepted from clients."; };
        };
      };
    };
  };

  options.users.users = mkOption {
    type = types.attrsOf (types.submodule authorizedKeysOptions);
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      (
        let
          duplicates = lib.filter (names: lib.length names > 1)
            (lib.attrValues (lib.groupBy lib.strings.toLower (lib.attrNames cfg.settings)));
        in
        {
          assertion = duplicates == [ ];
          message = "Duplicate sshd config key; does your capitalization match the option's? Duplicate keys: ${lib.concatMapStringsSep ", " (names: "(${lib.concatStringsSep ", " names})") duplicates}";
        }
      )
    ] ++ map (a: { assertion = a.addr != null; message = "addr must be specified in each listenAddresses entry"; }) cfg.listenAddresses;

    networking.firewall.allowedTCPPorts = lib.optionals cfg.openFirewall cfg.ports;

    # Passwords are PAM's to check only when sshd asks for them.
    security.pam.services.sshd = lib.mkIf (cfg.settings.UsePAM == true) {
      startSession = true;
      showMotd = true;
      unixAuth = cfg.settings.PasswordAuthentication == true;
    };

    services.openssh.authorizedKeysFiles =
      lib.optional cfg.authorizedKeysInHomedir "%h/.ssh/authorized_keys" ++ [ "/etc/ssh/authorized_keys.d/%u" ];

    environment.systemPackages = [ cfg.package ];

    environment.etc = {
      "ssh/sshd_config".text = sshdConfig;
    } // lib.mapAttrs' (_: user: lib.nameValuePair "ssh/authorized_keys.d/${user.name}" {
      mode = "0444";
      text = lib.concatMapStrings (key: "${key}\n") user.openssh.authorizedKeys.keys
        + lib.concatMapStrings (file: builtins.readFile file + "\n") user.openssh.authorizedKeys.keyFiles;
    }) usersWithKeys;

    # sshd itself, or, with startWhenNeeded, one sshd -i per connection of sshd.socket.
    systemd.services.${if cfg.startWhenNeeded then "sshd@" else "sshd"} = {
      description = "SSH Daemon";
      wantedBy = lib.optional (!cfg.startWhenNeeded) "multi-user.target";
      after = [ "network.target" ];
      stopIfChanged = false;
      preStart = lib.mkIf cfg.generateHostKeys makeHostKeys;
      serviceConfig = {
        # Debian's sshd keeps its privilege separation in /run/sshd.
        RuntimeDirectory = "sshd";
        RuntimeDirectoryMode = "0755";
        RuntimeDirectoryPreserve = lib.mkIf cfg.startWhenNeeded "yes";
      } // (if cfg.startWhenNeeded then {
        ExecStart = "-/usr/sbin/sshd -i -f /etc/ssh/sshd_config";
        StandardInput = "socket";
      } else {
        ExecStart = "/usr/sbin/sshd -D -f /etc/ssh/sshd_config";
        KillMode = "process";
        Restart = "always";
        Type = "simple";
      });
    };

    systemd.sockets.sshd = lib.mkIf cfg.startWhenNeeded {
      description = "SSH Socket";
      wantedBy = [ "sockets.target" ];
      socketConfig = {
        ListenStream =
          if cfg.listenAddresses == [ ] then map toString cfg.ports
          else lib.concatMap (listen: map (port: "${listen.addr}:${toString port}")
            (if listen.port != null then [ listen.port ] else cfg.ports)) cfg.listenAddresses;
        Accept = true;
      };
    };

    users.users.sshd = {
      description = "SSH privilege separation user";
      group = "sshd";
      isSystemUser = true;
    };
    users.groups.sshd = { };
  };
}
