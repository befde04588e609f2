# security.pam: the system's PAM services, one file /etc/pam.d/NAME each, written as NixOS writes them.
#
# A service's file is a list of rules per management group (account, auth, password, session): a control, a
# module and its arguments, sorted by the rule's `order`. The options of a service (unixAuth, startSession,
# limits, ...) switch NixOS's rules on; `rules` lets a configuration change or add rules, and `text` replaces
# the whole file. The modules are Debian's (libpam-modules, libpam-systemd, and the packages of the optional
# ones), named as NixOS names them: a bare name for a module of PAM's own directory, else a path in a package
# (`pkgs.pam` has Debian's modules in lib/security, as nixpkgs' linux-pam has them).
#
# Not here (their options do not exist, so a configuration setting one is told so): LDAP, Kerberos, SSSD,
# MySQL, kanidm, systemd-homed, p11, ussh, yubico, OATH, dp9ik, OTPW, Duo, fprintd, pam_mount, ZFS, eCryptfs,
# fscrypt, AppArmor, KWallet, GNOME Keyring, pam_gnupg, Google OS Login.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption mkDefault types;
  cfg = config.security.pam;

  # A module argument per setting: `key` for true, nothing for false or null, `key=value` otherwise.
  settingsType = types.attrsOf (types.nullOr (types.oneOf [ types.bool types.str types.int types.pathInStore ]));
  settingsToArgs = settings: lib.concatLists (lib.mapAttrsToList
    (key: value:
      if builtins.isBool value then lib.optional value key
      else lib.optional (value != null) "${key}=${toString value}")
    settings);

  ruleOptions = { name, config, ... }: {
    options = {
      name = mkOption { type = types.str; readOnly = true; internal = true; description = "The rule's name (its attribute)."; };
      enable = mkOption { type = types.bool; default = true; description = "Whether the rule is in the service's file."; };
      order = mkOption {
        type = types.int;
        description = ''
          Where the rule goes among the group's rules (ascending). Place a rule relative to another one's order
          (`rules.auth.unix.order + 10`), not at a fixed number: the built-in numbers may change.
        '';
      };
      control = mkOption { type = types.str; description = "What the module's result means for the group (`control` in pam.conf(5))."; };
      modulePath = mkOption { type = types.str; description = "The module: a path, or a file name in PAM's module directory."; };
      args = mkOption {
        type = types.listOf types.str;
        description = "The module's arguments; `settings` become arguments too. Arguments with spaces are bracketed for PAM.";
      };
      settings = mkOption {
        type = settingsType;
        default = { };
        description = "Module arguments by name: `key` for true, nothing for false or null, `key=value` otherwise.";
      };
    };
    config = {
      inherit name;
      args = settingsToArgs config.settings;
    };
  };

  groups = [ "account" "auth" "password" "session" ];

  # NixOS numbers a group's rules 10000 + 100 × their place (from 1) in its full list, rules of modules nixj
  # lacks included; configurations place their own rules relative to those numbers, so these lists keep NixOS's
  # places. Some auth rules come early, only when a module needs the password pam_unix asked for.
  places = { earlyAuth }: {
    account = [ "ldap" "mysql" "kanidm" "sss" "krb5" "oslogin_login" "oslogin_admin" "systemd_home" "unix" ];
    auth = [ "oslogin_login" "rootok" "wheel" "faillock" "mysql" "ssh_agent_auth" "p11" "u2f" "ussh" "oath" "yubico" "p9" "fprintd" ]
      ++ lib.optionals earlyAuth [
        "systemd_home-early" "unix-early" "ecryptfs" "fscrypt" "zfs_key" "mount" "kwallet" "gnome_keyring" "intune" "gnupg"
        "faildelay" "google_authenticator" "duo"
      ]
      ++ [ "systemd_home" "unix" "otpw" "ldap" "kanidm" "sss" "krb5" "ccreds-validate" "ccreds-store" "deny" ];
    password = [ "systemd_home" "unix" "ecryptfs" "fscrypt" "zfs_key" "mount" "ldap" "mysql" "kanidm" "sss" "krb5" "gnome_keyring" ];
    session = [
      "env" "unix" "loginuid" "tty_audit" "systemd_home" "mkhomedir" "lastlog" "ecryptfs" "fscrypt-skip-systemd" "fscrypt"
      "zfs_key-skip-systemd" "zfs_key" "mount" "ldap" "mysql" "kanidm" "sss" "krb5" "otpw" "systemd" "xauth" "limits" "motd"
      "apparmor" "kwallet" "gnome_keyring" "gnupg" "intune"
    ];
  };

  pamModule = module: "${pkgs.pam}/lib/security/${module}";
  pamSystemd = "${pkgs.libpam-systemd}/lib/${pkgs.stdenv.hostPlatform.parsed.cpu.name}-linux-gnu/security/pam_systemd.so";

  limitsFile = limits: pkgs.writeText "limits.conf"
    (lib.concatMapStrings ({ domain, type, item, value }: "${domain} ${type} ${item} ${toString value}\n") limits);

  motdFile = if config.users.motdFile == null then pkgs.writeText "motd" config.users.motd else config.users.motdFile;

  # One line of a service's file; an argument with a space is bracketed, its `]` escaped (pam.conf(5)).
  ruleLine = group: rule: lib.concatStringsSep " " (
    [ group rule.control rule.modulePath ]
    ++ map (arg: if lib.hasInfix " " arg then "[${builtins.replaceStrings [ "]" ] [ "\\]" ] arg}]" else arg) rule.args
    ++ [ "# ${rule.name} (order ${toString rule.order})" ]);

  serviceOptions = { name, config, ... }:
    let
      service = config;
      system = parentConfig;

      # The rules NixOS defines that nixj has the modules for, by group and name.
      ruleSet = {
        account = {
          unix = { control = "required"; modulePath = "pam_unix.so"; };
        };
        auth = {
          rootok = { enable = service.rootOK; control = "sufficient"; modulePath = "pam_rootok.so"; };
          wheel = { enable = service.requireWheel; control = "required"; modulePath = "pam_wheel.so"; settings.use_uid = true; };
          faillock = { enable = service.logFailures; control = "required"; modulePath = "pam_faillock.so"; };
          ssh_agent_auth = {
            enable = system.security.pam.sshAgentAuth.enable && service.sshAgentAuth;
            control = "sufficient";
            modulePath = "${pkgs.pam_ssh_agent_auth}/libexec/pam_ssh_agent_auth.so";
            settings.file = lib.concatStringsSep ":" system.security.pam.sshAgentAuth.authorizedKeysFiles;
          };
          u2f = {
            enable = service.u2fAuth;
            control = system.security.pam.u2f.control;
            modulePath = "${pkgs.pam_u2f}/lib/security/pam_u2f.so";
            inherit (system.security.pam.u2f) settings;
          };
          unix = {
            enable = service.unixAuth;
            control = "sufficient";
            modulePath = "pam_unix.so";
            settings = { nullok = service.allowNullPassword; inherit (service) nodelay; likeauth = true; try_first_pass = true; };
          };
          deny = { control = "required"; modulePath = "pam_deny.so"; };
        } // lib.optionalAttrs earlyAuth {
          unix-early = {
            enable = service.unixAuth;
            control = "optional";
            modulePath = "pam_unix.so";
            settings = { nullok = service.allowNullPassword; inherit (service) nodelay; likeauth = true; };
          };
          faildelay = {
            enable = service.failDelay.enable;
            control = "optional";
            modulePath = pamModule "pam_faildelay.so";
            settings = { inherit (service.failDelay) delay; };
          };
          google_authenticator = {
            enable = service.googleAuthenticator.enable;
            control = "required";
            modulePath = "${pkgs.google-authenticator}/lib/security/pam_google_authenticator.so";
            settings.no_increment_hotp = true;
          };
        };
        password = {
          unix = { control = "sufficient"; modulePath = "pam_unix.so"; settings = { nullok = true; yescrypt = true; }; };
        };
        session = {
          env = {
            enable = service.setEnvironment;
            control = "required";
            modulePath = "pam_env.so";
            settings = { conffile = "/etc/pam/environment"; readenv = 0; };
          };
          unix = { control = "required"; modulePath = "pam_unix.so"; };
          loginuid = { enable = service.setLoginUid; control = "required"; modulePath = "pam_loginuid.so"; };
          tty_audit = {
            enable = service.ttyAudit.enable;
            control = "required";
            modulePath = pamModule "pam_tty_audit.so";
            settings = { open_only = service.ttyAudit.openOnly; enable = service.ttyAudit.enablePattern; disable = service.ttyAudit.disablePattern; };
          };
          mkhomedir = {
            enable = service.makeHomeDir;
            control = "required";
            modulePath = pamModule "pam_mkhomedir.so";
            settings = { silent = true; skel = system.security.pam.makeHomeDir.skelDirectory; inherit (system.security.pam.makeHomeDir) umask; };
          };
          lastlog = { enable = service.updateWtmp; control = "required"; modulePath = pamModule "pam_lastlog.so"; settings.silent = true; };
          systemd = { enable = service.startSession; control = "optional"; modulePath = pamSystemd; };
          xauth = {
            enable = service.forwardXAuth;
            control = "optional";
            modulePath = "pam_xauth.so";
            settings = { xauthpath = "${pkgs.xorg.xauth}/bin/xauth"; systemuser = 99; };
          };
          limits = {
            enable = service.limits != [ ];
            control = "required";
            modulePath = pamModule "pam_limits.so";
            settings.conf = "${limitsFile service.limits}";
          };
          motd = {
            enable = service.showMotd && (system.users.motd != null || system.users.motdFile != null);
            control = "optional";
            modulePath = pamModule "pam_motd.so";
            settings.motd = motdFile;
          };
        };
      };

      # NixOS's early auth rules run pam_unix once more before the modules that need the password.
      earlyAuth = service.unixAuth && (service.googleAuthenticator.enable || service.failDelay.enable);
      numbering = places { inherit earlyAuth; };
      orderOf = group: name: 10000 + 100 * (1 + lib.lists.findFirstIndex (place: place == name) (throw "no place for ${name}") numbering.${group});

      groupLines = group:
        let
          sorted = lib.sort (a: b: a.order < b.order) (lib.filter (rule: rule.enable) (lib.attrValues service.rules.${group}));
          distinct = lib.zipListsWith
            (a: b:
              if a.order == b.order
              then throw "security.pam.services.${name}.rules.${group}: rules '${a.name}' and '${b.name}' cannot have the same order value (${toString a.order})"
              else b)
            sorted (lib.drop 1 sorted);
        in
        lib.concatMapStringsSep "\n" (ruleLine group) (lib.take 1 sorted ++ distinct);
    in
    {
      options = {
        name = mkOption { type = types.str; example = "sshd"; description = "The service's name (its file in /etc/pam.d)."; };
        rules = mkOption {
          visible = false;
          type = types.submodule {
            options = lib.genAttrs groups (group: mkOption {
              type = types.attrsOf (types.submodule ruleOptions);
              description = "The service's ${group} rules, by name.";
            });
          };
          description = ''
            The service's rules by group and name. Experimental, as in NixOS: the built-in rules and their order
            numbers may change, so a configuration changing them must follow this module.
          '';
        };
        unixAuth = mkOption { type = types.bool; default = true; description = "Whether the password of /etc/shadow lets users in."; };
        rootOK = mkOption { type = types.bool; default = false; description = "Whether root gets through without authenticating (e.g. chsh)."; };
        requireWheel = mkOption { type = types.bool; default = false; description = "Whether only members of `wheel` may become root through the service."; };
        sshAgentAuth = mkOption {
          type = types.bool;
          default = false;
          description = ''
            Whether a key in the caller's ssh-agent, listed in `security.pam.sshAgentAuth.authorizedKeysFiles`,
            authenticates (with `security.pam.sshAgentAuth.enable`); for sudo on machines without passwords.
          '';
        };
        u2fAuth = mkOption {
          type = types.bool;
          default = system.security.pam.u2f.enable;
          defaultText = lib.literalExpression "config.security.pam.u2f.enable";
          description = "Whether a U2F/FIDO2 key registered for the user authenticates (see `security.pam.u2f`).";
        };
        googleAuthenticator.enable = mkOption {
          type = types.bool;
          default = false;
          description = "Whether users who set up Google Authenticator (~/.google_authenticator) must also give its code.";
        };
        startSession = mkOption { type = types.bool; default = false; description = "Whether the service registers a session with systemd-logind."; };
        setEnvironment = mkOption { type = types.bool; default = true; description = "Whether the session gets `environment.sessionVariables` (pam_env)."; };
        setLoginUid = mkOption {
          type = types.bool;
          defaultText = lib.literalExpression "config.security.pam.services.NAME.startSession";
          description = "Whether the service sets the login uid for auditing (entry points such as login and sshd, not sudo).";
        };
        ttyAudit = {
          enable = mkOption { type = types.bool; default = false; description = "Whether terminal input is audited (pam_tty_audit)."; };
          enablePattern = mkOption { type = types.nullOr types.str; default = null; description = "Users (comma-separated globs) whose terminals are audited."; };
          disablePattern = mkOption { type = types.nullOr types.str; default = null; description = "Users (comma-separated globs) whose terminals are not audited."; };
          openOnly = mkOption { type = types.bool; default = false; description = "Whether the audit flag is only set at session start, not restored at its end (for services that do not fork, like sudo)."; };
        };
        forwardXAuth = mkOption { type = types.bool; default = false; description = "Whether the caller's X credentials go to the target user (e.g. su)."; };
        allowNullPassword = mkOption {
          type = types.bool;
          default = false;
          description = "Whether accounts with an empty password field may log in (`!` still locks an account).";
        };
        nodelay = mkOption { type = types.bool; default = false; description = "Whether a wrong password is answered without delay."; };
        limits = mkOption {
          type = limitsType;
          defaultText = lib.literalExpression "config.security.pam.loginLimits";
          description = "The resource limits of the service's sessions (limits.conf(5)); by default `security.pam.loginLimits`.";
        };
        showMotd = mkOption { type = types.bool; default = false; description = "Whether the message of the day is shown."; };
        makeHomeDir = mkOption { type = types.bool; default = false; description = "Whether a missing home directory is made at session start."; };
        updateWtmp = mkOption { type = types.bool; default = false; description = "Whether logins are recorded (pam_lastlog)."; };
        logFailures = mkOption { type = types.bool; default = false; description = "Whether failed attempts are recorded (pam_faillock)."; };
        failDelay = {
          enable = mkOption { type = types.bool; default = false; description = "Whether the service's own delay after a failure replaces login.defs' FAIL_DELAY."; };
          delay = mkOption { type = types.int; default = 3000000; example = 1000000; description = "The delay after a failure, in microseconds."; };
        };
        text = mkOption { type = types.nullOr types.lines; description = "The service's whole file; by default made from its rules."; };
      };

      config = {
        name = mkDefault name;
        setLoginUid = mkDefault service.startSession;
        limits = mkDefault system.security.pam.loginLimits;
        rules = lib.genAttrs groups (group: lib.mapAttrs (rule: definition: definition // { order = mkDefault (orderOf group rule); }) ruleSet.${group});
        text = mkDefault ''
          # Account management.
          ${groupLines "account"}

          # Authentication management.
          ${groupLines "auth"}

          # Password management.
          ${groupLines "password"}

          # Session management.
          ${groupLines "session"}
        '';
      };
    };

  parentConfig = config;

  limitsType = types.listOf (types.submodule {
    options = {
      domain = mkOption { type = types.str; example = "@wheel"; description = "The user, @group or wildcard the limit is for."; };
      type = mkOption { type = types.enum [ "-" "hard" "soft" ]; default = "-"; description = "Which limit: hard, soft or both (-)."; };
      item = mkOption {
        type = types.enum [
          "core" "data" "fsize" "memlock" "nofile" "rss" "stack" "cpu" "nproc" "as" "maxlogins" "maxsyslogins" "priority"
          "locks" "sigpending" "msgqueue" "nice" "rtprio"
        ];
        description = "The resource limited.";
      };
      value = mkOption { type = types.oneOf [ types.str types.int ]; description = "The limit."; };
    };
  });

  u2fControl = mkOption {
    type = types.enum [ "required" "requisite" "sufficient" "optional" ];
    default = "sufficient";
    description = "The rule's control: `sufficient` lets the key replace the password, `required` asks for both.";
  };
in
{
  imports = [
    (lib.mkRenamedOptionModule [ "security" "pam" "enableSSHAgentAuth" ] [ "security" "pam" "sshAgentAuth" "enable" ])
    (lib.mkRenamedOptionModule [ "security" "pam" "enableU2F" ] [ "security" "pam" "u2f" "enable" ])
  ] ++ map (old: lib.mkRenamedOptionModule [ "security" "pam" "u2f" old ] [ "security" "pam" "u2f" "settings" (lib.toLower old) ])
    [ "authFile" "appId" "origin" "debug" "interactive" "cue" ];

  options = {
    security.pam.services = mkOption {
      type = types.attrsOf (types.submodule serviceOptions);
      default = { };
      description = "The PAM services, by name: each is the file /etc/pam.d/NAME of a program that uses PAM (login, sshd, sudo, ...).";
    };

    security.pam.loginLimits = mkOption {
      type = limitsType;
      default = [ ];
      example = [ { domain = "@wheel"; type = "soft"; item = "nofile"; value = "8192"; } ];
      description = "Resource limits of login sessions (limits.conf(5)); systemd services have their own.";
    };

    security.pam.makeHomeDir = {
      skelDirectory = mkOption { type = types.str; default = "/var/empty"; example = "/etc/skel"; description = "What a home directory made at login is filled from."; };
      umask = mkOption { type = types.str; default = "0077"; example = "0022"; description = "The umask a home directory made at login is created with."; };
    };

    security.pam.sshAgentAuth = {
      enable = lib.mkEnableOption "authentication by a key in the caller's ssh-agent, for the services that allow it (sshAgentAuth)";
      authorizedKeysFiles = mkOption {
        type = types.listOf types.str;
        default = [ "/etc/ssh/authorized_keys.d/%u" ];
        description = ''
          The files (authorized_keys format) of the keys trusted; %u is the user, %h or ~ the home, %f and %H the
          host name. A file the user can write lets any of their processes pass.
        '';
      };
    };

    security.pam.u2f = {
      enable = mkOption { type = types.bool; default = false; description = "Whether U2F/FIDO2 keys can authenticate (pam_u2f), in every service by default (u2fAuth)."; };
      control = u2fControl;
      settings = mkOption {
        type = types.submodule {
          freeformType = settingsType;
          options = {
            authfile = mkOption { type = types.nullOr types.path; default = null; description = "The file of registered keys (default: ~/.config/Yubico/u2f_keys)."; };
            appid = mkOption { type = types.nullOr types.str; default = null; description = "The application id (default: pam://HOSTNAME)."; };
            origin = mkOption { type = types.nullOr types.str; default = null; description = "The origin (default: pam://HOSTNAME); the same on several hosts lets keys be shared."; };
            debug = mkOption { type = types.bool; default = false; description = "Whether pam_u2f writes debug output."; };
            interactive = mkOption { type = types.bool; default = false; description = "Whether the user is asked to press Enter before the key is looked for."; };
            cue = mkOption { type = types.bool; default = false; description = "Whether the user is told to touch the key."; };
          };
        };
        default = { };
        description = "pam_u2f's arguments by name: `key` for true, nothing for false or null, `key=value` otherwise.";
      };
    };

    users.motd = mkOption { type = types.nullOr types.lines; default = null; description = "The message of the day shown at login."; };
    users.motdFile = mkOption { type = types.nullOr types.path; default = null; example = "/etc/motd"; description = "A file with the message of the day shown at login."; };
  };

  config = {
    assertions = [
      { assertion = config.users.motd == null || config.users.motdFile == null; message = "Only one of users.motd and users.motdFile can be set.\n"; }
      {
        assertion = cfg.sshAgentAuth.enable -> cfg.sshAgentAuth.authorizedKeysFiles != [ ];
        message = "`security.pam.enableSSHAgentAuth` requires `services.openssh.authorizedKeysFiles` to be a non-empty list.\nDid you forget to set `services.openssh.enable` ?\n";
      }
    ];

    warnings = lib.optional
      (cfg.sshAgentAuth.enable && lib.any (file: lib.hasPrefix "%h" file || lib.hasPrefix "~" file) cfg.sshAgentAuth.authorizedKeysFiles)
      ''
        config.security.pam.sshAgentAuth.authorizedKeysFiles contains files in the user's home directory.

                Specifying user-writeable files there result in an insecure configuration:
                a malicious process can then edit such an authorized_keys file and bypass the ssh-agent-based authentication.
                See https://github.com/NixOS/nixpkgs/issues/31611
      '';

    environment.systemPackages = [ pkgs.pam ] ++ lib.optional cfg.u2f.enable pkgs.pam_u2f;

    environment.etc = lib.mapAttrs' (name: service: lib.nameValuePair "pam.d/${name}" { source = pkgs.writeText "${name}.pam" service.text; }) cfg.services;

    # pam_ssh_agent_auth finds the agent through sudo only if sudo keeps its socket.
    security.sudo.extraConfig = lib.optionalString cfg.sshAgentAuth.enable ''
      # Keep SSH_AUTH_SOCK so that pam_ssh_agent_auth.so can do its magic.
      Defaults env_keep+=SSH_AUTH_SOCK
    '';

    security.pam.services = {
      # A program without a service of its own is refused, and the refusal logged.
      other.text = ''
        auth     required pam_warn.so
        auth     required pam_deny.so
        account  required pam_warn.so
        account  required pam_deny.so
        password required pam_warn.so
        password required pam_deny.so
        session  required pam_warn.so
        session  required pam_deny.so
      '';
      i3lock = { };
      i3lock-color = { };
      vlock = { };
      xlock = { };
      xscreensaver = { };
      runuser = { rootOK = true; unixAuth = false; setEnvironment = false; };
      runuser-l = { rootOK = true; unixAuth = false; };
    };
  };
}
