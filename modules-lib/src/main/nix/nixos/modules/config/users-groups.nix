# users.*: the accounts and groups of the system, and /etc's passwd, group, shadow and gshadow made from them
# with Debian's own accounts and the packages' sysusers.d (org.nixj.build.system.UsersBuilder: Debian's fixed
# ids win where NixOS numbers differently, since Debian's binaries carry them in their file modes).
{ config, lib, pkgs, utils, ... }:
let
  inherit (lib) mkOption mkDefault mkIf mkMerge types;
  cfg = config.users;
  ids = config.ids;

  # Whether a password hash lets its user log in: "" does (no password), null and the locking markers do not.
  allowsLogin = hash: hash == "" || !(lib.elem hash [ null "!" "!!" "*" ]);

  shellPackage = types.package // {
    check = x: lib.isDerivation x && x ? shellPath;
  };

  userOptions = { name, config, ... }: {
    options = {
      enable = mkOption {
        type = types.bool;
        default = true;
        example = false;
        description = "Whether the account is created (false leaves it out).";
      };

      name = mkOption {
        type = types.passwdEntry types.str;
        apply = x: assert (builtins.stringLength x < 32 || abort "Username '${x}' is longer than 31 characters which is not allowed!"); x;
        description = "The name of the account; by default the attribute's name.";
      };

      description = mkOption {
        type = types.passwdEntry types.str;
        default = "";
        example = "Alice Q. User";
        description = "A short description of the account, usually the user's full name (the GECOS field).";
      };

      uid = mkOption {
        type = types.nullOr types.int;
        default = null;
        description = "The account's user id; null picks a free one at activation.";
      };

      isSystemUser = mkOption {
        type = types.bool;
        default = false;
        description = "Whether the account is a system account (its id below 1000). Exactly one of isNormalUser and isSystemUser must be true.";
      };

      isNormalUser = mkOption {
        type = types.bool;
        default = false;
        description = ''
          Whether the account is for a person: the group defaults to `users`, the home directory to
          /home/NAME (created), and the shell to users.defaultUserShell. Exactly one of isNormalUser and
          isSystemUser must be true.
        '';
      };

      group = mkOption {
        type = types.str;
        apply = x: assert (builtins.stringLength x < 32 || abort "Group name '${x}' is longer than 31 characters which is not allowed!"); x;
        default = "";
        description = "The account's primary group.";
      };

      extraGroups = mkOption {
        type = types.listOf types.str;
        default = [ ];
        description = "The account's other groups.";
      };

      home = mkOption {
        type = types.passwdEntry types.path;
        default = "/var/empty";
        description = "The account's home directory.";
      };

      homeMode = mkOption {
        type = types.strMatching "[0-7]{1,5}";
        default = "700";
        description = "The mode of the home directory when it is created.";
      };

      createHome = mkOption {
        type = types.bool;
        default = false;
        description = "Whether the home directory is created and given to the account.";
      };

      useDefaultShell = mkOption {
        type = types.bool;
        default = false;
        description = "Whether the account's shell is users.defaultUserShell.";
      };

      shell = mkOption {
        type = types.nullOr (types.either shellPackage (types.passwdEntry types.path));
        default = pkgs.shadow;
        defaultText = lib.literalExpression "pkgs.shadow";
        example = lib.literalExpression "pkgs.bashInteractive";
        description = "The account's login shell: a shell package or a path.";
      };

      ignoreShellProgramCheck = mkOption {
        type = types.bool;
        default = false;
        description = "Whether to skip the check that the shell's programs.SHELL.enable is on.";
      };

      hashedPassword = mkOption {
        type = types.nullOr (types.passwdEntry types.str);
        default = null;
        description = "The account's password hash (from `mkpasswd`); \"\" allows logging in without a password.";
      };

      password = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "The account's password in clear text (readable by anyone in the Nix store).";
      };

      hashedPasswordFile = mkOption {
        type = types.nullOr types.str;
        default = config.passwordFile;
        defaultText = lib.literalExpression "null";
        description = "A file holding the account's password hash, read at each activation.";
      };

      passwordFile = mkOption {
        type = types.nullOr types.str;
        default = null;
        visible = false;
        description = "Deprecated name of hashedPasswordFile.";
      };

      initialHashedPassword = mkOption {
        type = types.nullOr (types.passwdEntry types.str);
        default = null;
        description = "The password hash the account gets when it is created (the same as hashedPassword when users.mutableUsers is false).";
      };

      initialPassword = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "The clear-text password the account gets when it is created (the same as password when users.mutableUsers is false).";
      };

      packages = mkOption {
        type = types.listOf types.package;
        default = [ ];
        description = "Packages installed for this account only.";
      };

      expires = mkOption {
        type = types.nullOr (types.strMatching "[[:digit:]]{4}-[[:digit:]]{2}-[[:digit:]]{2}");
        default = null;
        description = "The date (YYYY-MM-DD) the account expires, or null.";
      };

      linger = mkOption {
        type = types.nullOr types.bool;
        default = null;
        description = "Whether the account's services keep running without a session; null leaves it as it is.";
      };

      subUidRanges = mkOption {
        type = types.listOf (types.submodule subordinateRange.uid);
        default = [ ];
        description = "Subordinate user ids of the account.";
      };

      subGidRanges = mkOption {
        type = types.listOf (types.submodule subordinateRange.gid);
        default = [ ];
        description = "Subordinate group ids of the account.";
      };

      autoSubUidGidRange = mkOption {
        type = types.bool;
        default = false;
        description = "Whether subordinate ids are allocated automatically.";
      };
    };

    config = mkMerge [
      {
        name = mkDefault name;
        shell = mkIf config.useDefaultShell (mkDefault cfg.defaultUserShell);
      }
      (mkIf config.isNormalUser {
        group = mkDefault "users";
        createHome = mkDefault true;
        home = mkDefault "${cfg.defaultUserHome}/${config.name}";
        homeMode = mkDefault "700";
        useDefaultShell = mkDefault true;
        isSystemUser = mkDefault false;
      })
      # With immutable users the initial passwords are the passwords.
      (mkIf (!cfg.mutableUsers && config.initialPassword != null) {
        password = mkDefault config.initialPassword;
      })
      (mkIf (!cfg.mutableUsers && config.initialHashedPassword != null) {
        hashedPassword = mkDefault config.initialHashedPassword;
      })
      (mkIf (config.isNormalUser && config.subUidRanges == [ ] && config.subGidRanges == [ ]) {
        autoSubUidGidRange = mkDefault true;
      })
    ];
  };

  subordinateRange = {
    uid.options = {
      startUid = mkOption { type = types.int; description = "The first subordinate user id."; };
      count = mkOption { type = types.int; default = 1; description = "How many."; };
    };
    gid.options = {
      startGid = mkOption { type = types.int; description = "The first subordinate group id."; };
      count = mkOption { type = types.int; default = 1; description = "How many."; };
    };
  };

  groupOptions = { name, config, ... }: {
    options = {
      name = mkOption {
        type = types.passwdEntry types.str;
        description = "The name of the group; by default the attribute's name.";
      };
      gid = mkOption {
        type = types.nullOr types.int;
        default = null;
        description = "The group id; null picks a free one at activation.";
      };
      members = mkOption {
        type = types.listOf (types.passwdEntry types.str);
        default = [ ];
        description = "The accounts in the group (besides those whose extraGroups name it).";
      };
    };
    config = {
      name = mkDefault name;
      members = lib.mapAttrsToList (_: u: u.name)
        (lib.filterAttrs (_: u: u.enable && lib.elem config.name u.extraGroups) cfg.users);
    };
  };

  # Whether no two members of `set` share `idAttr` (ignoring nulls); traces the first duplicate.
  idsAreUnique = set: idAttr:
    let
      step = seen: name:
        if seen == null then null
        else
          let id = toString set.${name}.${idAttr}; in
          if seen ? ${id} then builtins.trace "Duplicate ${idAttr} ${id}" null
          else seen // { ${id} = true; };
    in
    lib.foldl' step { } (lib.attrNames set) != null;

  uidsAreUnique = idsAreUnique (lib.filterAttrs (_: u: u.uid != null) cfg.users) "uid";
  gidsAreUnique = idsAreUnique (lib.filterAttrs (_: g: g.gid != null) cfg.groups) "gid";

  groupNames = lib.mapAttrsToList (_: g: g.name) cfg.groups;
  usersWithoutExistingGroup = lib.filterAttrs (_: u: u.group != "" && !lib.elem u.group groupNames) cfg.users;
  usersWithNullShells = lib.attrNames (lib.filterAttrs (_: u: u.shell == null) cfg.users);

  multiplePasswordsWarning = ''
    If multiple of these password options are set at the same time then a
    specific order of precedence is followed, which can lead to surprising
    results. The order of precedence differs depending on whether the
    {option}`users.mutableUsers` option is set.
  '';
  precedence = isMutable: ''
    If the option {option}`users.mutableUsers` is
    `${lib.boolToString isMutable}`, then the order of precedence is as shown
    below, where values on the left are overridden by values on the right:
    ${if isMutable
      then "{option}`initialHashedPassword` -> {option}`initialPassword` -> {option}`hashedPassword` -> {option}`password` -> {option}`hashedPasswordFile`"
      else "{option}`initialHashedPassword` -> {option}`hashedPassword` -> {option}`initialPassword` -> {option}`password` -> {option}`hashedPasswordFile`"}
  '';
in
{
  imports = [
    (lib.mkAliasOptionModule [ "users" "extraUsers" ] [ "users" "users" ])
    (lib.mkAliasOptionModule [ "users" "extraGroups" ] [ "users" "groups" ])
    (lib.mkRenamedOptionModule [ "security" "initialRootPassword" ] [ "users" "users" "root" "initialHashedPassword" ])
  ];

  options.users = {
    mutableUsers = mkOption {
      type = types.bool;
      default = true;
      description = ''
        Whether accounts and groups may also be managed with useradd and groupadd: activation then merges
        users.users and users.groups into the existing files and leaves existing passwords alone. When false,
        the files are replaced, passwords included, at every activation.
      '';
    };

    enforceIdUniqueness = mkOption {
      type = types.bool;
      default = true;
      description = "Whether no two accounts (groups) may share a user (group) id.";
    };

    manageLingering = mkOption {
      type = types.bool;
      default = true;
      description = "Whether NixOS manages which accounts linger.";
    };

    users = mkOption {
      type = types.attrsOf (types.submodule userOptions);
      default = { };
      example = { alice = { uid = 1234; description = "Alice Q. User"; isNormalUser = true; extraGroups = [ "wheel" ]; }; };
      description = "The accounts of the system, root's included, by name.";
    };

    groups = mkOption {
      type = types.attrsOf (types.submodule groupOptions);
      default = { };
      example = { students.gid = 1001; hackers = { }; };
      description = "The groups of the system, by name.";
    };

    allowNoPasswordLogin = mkOption {
      type = types.bool;
      default = false;
      description = "Whether a configuration may leave neither root nor any wheel user a way to log in (with users.mutableUsers false).";
    };

    defaultUserHome = mkOption {
      type = types.str;
      default = "/home";
      description = "Where the home directories of normal accounts are.";
    };
  };

  config = {
    system.build.accounts = pkgs.nixjInProcess "nixj-users" {
      name = "accounts";
      systemPath = "${config.system.path}";
      users = map
        (user: {
          inherit (user) name uid group extraGroups isNormalUser description home
            hashedPassword password initialHashedPassword initialPassword hashedPasswordFile;
          shell = if user.shell == null then "/run/current-system/sw/sbin/nologin" else utils.toShellPath user.shell;
        })
        (lib.filter (user: user.enable) (lib.attrValues cfg.users));
      groups = map (group: { inherit (group) name gid members; }) (lib.attrValues cfg.groups);
    };

    # NixOS's activation makes the missing home folders; here systemd-tmpfiles does it at boot, before logins.
    systemd.tmpfiles.rules = map
      (user: "d ${user.home} ${user.homeMode} ${user.name} ${if user.group == "" then "-" else user.group} -")
      (lib.filter (user: user.enable && user.createHome) (lib.attrValues cfg.users));

    environment.etc = let accounts = config.system.build.accounts; in {
      passwd = { source = "${accounts}/passwd"; mode = "0644"; };
      group = { source = "${accounts}/group"; mode = "0644"; };
      # Debian's static group `shadow` (gid 42) owns them, as its unix_chkpwd expects.
      shadow = { source = "${accounts}/shadow"; mode = "0640"; gid = 42; };
      gshadow = { source = "${accounts}/gshadow"; mode = "0640"; gid = 42; };
    };

    users.users = {
      root = {
        uid = ids.uids.root;
        description = "System administrator";
        home = "/root";
        shell = mkDefault cfg.defaultUserShell;
        group = "root";
      };
      nobody = {
        uid = ids.uids.nobody;
        isSystemUser = true;
        description = "Unprivileged account (don't use!)";
        group = "nogroup";
      };
    };

    users.groups = lib.genAttrs
      [ "root" "wheel" "disk" "kmem" "tty" "floppy" "uucp" "lp" "cdrom" "tape" "audio" "video" "dialout"
        "nogroup" "users" "nixbld" "utmp" "adm" "input" "kvm" "render" "sgx" "shadow" "clock" ]
      (name: { gid = ids.gids.${name}; });

    assertions = [
      {
        assertion = !cfg.enforceIdUniqueness || (uidsAreUnique && gidsAreUnique);
        message = "UIDs and GIDs must be unique!";
      }
      {
        assertion = usersWithoutExistingGroup == { };
        message =
          let
            missingGroups = lib.unique (lib.mapAttrsToList (_: u: u.group) usersWithoutExistingGroup);
          in
          ''
            The following users have a primary group that is undefined: ${lib.concatStringsSep " " (lib.attrNames usersWithoutExistingGroup)}
            Hint: Add this to your NixOS configuration:
              ${lib.concatStringsSep "\n  " (map (g: "users.groups.${g} = {};") missingGroups)}
          '';
      }
      {
        assertion = !cfg.mutableUsers -> usersWithNullShells == [ ];
        message = ''
          users.mutableUsers = false has been set,
          but found users that have their shell set to null.
          If you wish to disable login, set their shell to pkgs.shadow (the default).
          Misconfigured users: ${lib.concatStringsSep " " usersWithNullShells}
        '';
      }
      {
        # With immutable accounts, root or a wheel member must be able to log in.
        assertion = !cfg.mutableUsers -> !cfg.allowNoPasswordLogin -> lib.any (x: x) (lib.mapAttrsToList
          (name: u:
            (name == "root" || u.group == "wheel" || lib.elem "wheel" u.extraGroups)
            && (allowsLogin u.hashedPassword || u.password != null || u.hashedPasswordFile != null
              || u.openssh.authorizedKeys.keys != [ ] || u.openssh.authorizedKeys.keyFiles != [ ]))
          cfg.users);
        message = ''
          Neither the root account nor any wheel user has a password or SSH authorized key.
          You must set one to prevent being locked out of your system.
          If you really want to be locked out of your system, set users.allowNoPasswordLogin = true;
          However you are most probably better off by setting users.mutableUsers = true; and
          manually running passwd root to set the root password.
        '';
      }
    ]
    ++ lib.flatten (lib.mapAttrsToList
      (_: user:
        let nameRegex = "[a-zA-Z0-9_.][a-zA-Z0-9_.-]*"; in
        [
          {
            assertion = builtins.match nameRegex user.name != null;
            message = "The username \"${user.name}\" is not valid, it does not match the regex \"${nameRegex}\".";
          }
          {
            assertion = user.hashedPassword != null -> builtins.match ".*:.*" user.hashedPassword == null;
            message = ''
              The password hash of user "${user.name}" contains a ":" character.
              This is invalid and would break the login system because the fields
              of /etc/shadow (file where hashes are stored) are colon-separated.
              Please check the value of option `users.users."${user.name}".hashedPassword`.'';
          }
          {
            assertion = user.isNormalUser && user.uid != null -> user.uid >= 1000;
            message = ''
              A user cannot have a users.users.${user.name}.uid set below 1000 and set users.users.${user.name}.isNormalUser.
              Either users.users.${user.name}.isSystemUser must be set to true instead of users.users.${user.name}.isNormalUser
              or users.users.${user.name}.uid must be changed to 1000 or above.
            '';
          }
          {
            assertion =
              let
                # A low uid makes an account a system one unless it says it is normal.
                effectivelySystem = user.isSystemUser || (user.uid != null && user.uid < 1000 && !user.isNormalUser);
              in
              lib.xor effectivelySystem user.isNormalUser;
            message = ''
              Exactly one of users.users.${user.name}.isSystemUser and users.users.${user.name}.isNormalUser must be set.
            '';
          }
          {
            assertion = user.group != "";
            message = ''
              users.users.${user.name}.group is unset. This used to default to
              nogroup, but this is unsafe. For example you can create a group
              for this user with:
              users.users.${user.name}.group = "${user.name}";
              users.groups.${user.name} = {};
            '';
          }
        ]
        # A shell whose programs.SHELL module is off lacks the system's environment (NixOS's wording). (A shell
        # nixj cannot provide on the platform, which throws when used, is none of them.)
        ++ map (shell: {
          assertion = !user.ignoreShellProgramCheck -> config.programs.${shell}.enable
            || !(let same = builtins.tryEval (user.shell == pkgs.${shell}); in same.success && same.value);
          message = ''
            users.users.${user.name}.shell is set to ${shell}, but
            programs.${shell}.enable is not true. This will cause the ${shell}
            shell to lack the basic nix directories in its PATH and might make
            logging in as that user impossible. You can fix it with:
            programs.${shell}.enable = true;

            If you know what you're doing and you are fine with the behavior,
            you can set users.users.${user.name}.ignoreShellProgramCheck = true;
            instead.
          '';
        }) (lib.filter (shell: pkgs ? ${shell} && config.programs ? ${shell}) [ "fish" "xonsh" "zsh" ])
        ++ [
          {
            assertion = user.linger != null -> cfg.manageLingering;
            message = ''
              users.manageLingering is set to false, but
              users.users.${user.name}.linger is configured.
            '';
          }
        ])
      cfg.users);

    warnings = lib.concatMap
      (user:
        let
          passwordOptions = [ "hashedPassword" "hashedPasswordFile" "password" ]
            ++ lib.optionals cfg.mutableUsers [ "initialHashedPassword" "initialPassword" ];
          setOnes = lib.filter (o: user.${o} != null) passwordOptions;
        in
        lib.optional (lib.length setOnes > 1) ''
          The user '${user.name}' has multiple of the options
          `initialHashedPassword`, `hashedPassword`, `initialPassword`, `password`
          & `hashedPasswordFile` set to a non-null value.

          ${multiplePasswordsWarning}
          ${precedence cfg.mutableUsers}
          The values of these options are:
          ${lib.concatMapStringsSep "\n" (o: "* users.users.\"${user.name}\".${o}: ${lib.generators.toPretty { } user.${o}}") passwordOptions}
        '')
      (lib.attrValues cfg.users)
    ++ lib.concatLists (lib.mapAttrsToList
      (name: user: lib.optional (user.passwordFile != null)
        "The option `users.users.\"${name}\".passwordFile' has been renamed to `users.users.\"${name}\".hashedPasswordFile'.")
      cfg.users);
  };
}
