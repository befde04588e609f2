# systemd: the units of the system, made the NixOS way for Debian's systemd 252 (PID 1 of nixj's systems).
#
# systemd.services, .targets, .sockets and .timers become systemd.units (unit texts with NixOS's sections),
# and the units become /etc/systemd/system: a folder (pkgs.nixjTree) with one file per unit, the links that
# wantedBy and requiredBy make (`<target>.wants/<unit> -> ../<unit>`; systemd reads a dependency from the
# link's name), `default.target`, and /dev/null for units that are disabled or suppressed (masked).
# Debian's own units stay where its packages put them, /lib/systemd/system (the live system's
# /run/current-system/sw/lib/systemd/system): a unit the configuration defines that a package already has
# becomes a drop-in, `<unit>.d/overrides.conf`, as NixOS's overrideStrategy "asDropinIfExists" does (nixj
# decides it when the folder is built, looking in the system's sw) or always with "asDropin".
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption mkIf mkMerge types;
  cfg = config.systemd;

  # Where Debian's packages keep their units, in the built system's sw and on the live system.
  packageUnits = "${config.system.path}/lib/systemd/system";
  liveUnits = "/lib/systemd/system";

  primitive = types.oneOf [ types.bool types.int types.str types.path ];
  unitValue = types.either primitive (types.listOf primitive);

  # A section of a unit file: one line per value (a list repeats its key), keys in order, nulls left out.
  render = value: if lib.isBool value then lib.boolToString value else toString value;
  section = name: settings:
    "[${name}]\n" + lib.concatStrings (lib.mapAttrsToList
      (key: value: lib.concatMapStrings (one: "${key}=${render one}\n") (lib.toList value))
      (lib.filterAttrs (_: value: value != null) settings));

  listOfUnits = description: mkOption { type = types.listOf types.str; default = [ ]; inherit description; };

  # What every kind of unit has: its [Unit] section and how it is installed.
  commonOptions = { name, config, ... }: {
    options = {
      enable = mkOption {
        type = types.bool;
        default = true;
        description = "Whether the unit is part of the system; false masks it (a link to /dev/null), even a package's own.";
      };
      description = mkOption { type = types.singleLineStr; default = ""; description = "The unit's description (Description=)."; };
      documentation = listOfUnits "URLs of the unit's documentation (Documentation=).";
      requires = listOfUnits "Units this one requires (Requires=).";
      wants = listOfUnits "Units this one wants (Wants=).";
      requisite = listOfUnits "Units that must already be active (Requisite=).";
      after = listOfUnits "Units this one starts after (After=).";
      before = listOfUnits "Units this one starts before (Before=).";
      bindsTo = listOfUnits "Units this one is bound to (BindsTo=).";
      partOf = listOfUnits "Units whose stops and restarts this one follows (PartOf=).";
      conflicts = listOfUnits "Units that cannot run with this one (Conflicts=).";
      onFailure = listOfUnits "Units started when this one fails (OnFailure=).";
      wantedBy = listOfUnits "Units that want this one: a link in their .wants folder.";
      aliases = listOfUnits "Other names of the unit (Alias=): links to it.";
      requiredBy = listOfUnits "Units that require this one: a link in their .requires folder.";
      unitConfig = mkOption {
        type = types.attrsOf unitValue;
        default = { };
        example = { RequiresMountsFor = "/data"; };
        description = "Settings of the [Unit] section (lists repeat the key, booleans are true/false).";
      };
      restartTriggers = mkOption { type = types.listOf types.unspecified; default = [ ]; description = "Values whose change restarts the unit."; };
      reloadTriggers = mkOption { type = types.listOf types.unspecified; default = [ ]; description = "Values whose change reloads the unit."; };
      overrideStrategy = mkOption {
        type = types.enum [ "asDropinIfExists" "asDropin" ];
        default = "asDropinIfExists";
        description = ''
          How the unit is written: "asDropinIfExists" writes a whole unit, or a drop-in
          (`<unit>.d/overrides.conf`) when a package of the system has a unit of that name; "asDropin" always
          writes a drop-in.
        '';
      };
    };
    config.unitConfig = mkMerge [
      (mkIf (config.description != "") { Description = config.description; })
      (mkIf (config.documentation != [ ]) { Documentation = toString config.documentation; })
      (mkIf (config.requires != [ ]) { Requires = toString config.requires; })
      (mkIf (config.wants != [ ]) { Wants = toString config.wants; })
      (mkIf (config.requisite != [ ]) { Requisite = toString config.requisite; })
      (mkIf (config.after != [ ]) { After = toString config.after; })
      (mkIf (config.before != [ ]) { Before = toString config.before; })
      (mkIf (config.bindsTo != [ ]) { BindsTo = toString config.bindsTo; })
      (mkIf (config.partOf != [ ]) { PartOf = toString config.partOf; })
      (mkIf (config.conflicts != [ ]) { Conflicts = toString config.conflicts; })
      (mkIf (config.onFailure != [ ]) { OnFailure = toString config.onFailure; })
    ];
  };

  # A script run by the service, as NixOS's makeJobScript makes it (a template's "@" is no store name's).
  jobScript = name: text: "${pkgs.writeShellScript (lib.replaceStrings [ "\\" "@" ] [ "-" "_" ] name) text}";

  serviceOptions = { name, config, ... }: {
    options = {
      path = mkOption {
        type = types.listOf (types.either types.package types.str);
        default = [ ];
        description = "Packages whose bin and sbin folders (usr/bin and usr/sbin for Debian's) go on the service's PATH, before the system's.";
      };
      environment = mkOption {
        type = types.attrsOf (types.nullOr (types.oneOf [ types.str types.path types.package ]));
        default = { };
        example = { TZ = "CET"; };
        description = "Environment variables of the service (Environment=).";
      };
      serviceConfig = mkOption {
        type = types.attrsOf unitValue;
        default = { };
        example = { RestartSec = 5; ExecStart = "/usr/bin/true"; };
        description = "Settings of the [Service] section (lists repeat the key, booleans are true/false).";
      };
      script = mkOption { type = types.lines; default = ""; description = "The service's shell script (ExecStart=)."; };
      scriptArgs = mkOption { type = types.str; default = ""; description = "Arguments of the script."; };
      preStart = mkOption { type = types.lines; default = ""; description = "Shell commands run before the service starts (ExecStartPre=)."; };
      postStart = mkOption { type = types.lines; default = ""; description = "Shell commands run once the service has started (ExecStartPost=)."; };
      reload = mkOption { type = types.lines; default = ""; description = "Shell commands that reload the service (ExecReload=)."; };
      preStop = mkOption { type = types.lines; default = ""; description = "Shell commands run to stop the service (ExecStop=)."; };
      postStop = mkOption { type = types.lines; default = ""; description = "Shell commands run after the service stopped (ExecStopPost=)."; };
      startAt = mkOption {
        type = types.either types.str (types.listOf types.str);
        default = [ ];
        example = "Sun 14:00:00";
        description = "When the service is started: calendar events of a timer of the same name.";
      };
      restartIfChanged = mkOption { type = types.bool; default = true; description = "Whether a changed unit is restarted on a switch."; };
      reloadIfChanged = mkOption { type = types.bool; default = false; description = "Whether a changed unit is reloaded rather than restarted."; };
      stopIfChanged = mkOption { type = types.bool; default = true; description = "Whether a changed unit is stopped and started rather than restarted."; };
    };
    config = mkMerge [
      {
        environment.PATH = lib.concatStringsSep ":"
          (lib.concatMap (p: map (dir: "${p}/${dir}") [ "bin" "sbin" "usr/bin" "usr/sbin" ]) config.path
            ++ [ "/run/current-system/sw/bin" "/run/current-system/sw/sbin" ]);
      }
      (mkIf (config.script != "") {
        serviceConfig.ExecStart = jobScript "${name}-start" config.script + lib.optionalString (config.scriptArgs != "") " ${config.scriptArgs}";
      })
      (mkIf (config.preStart != "") { serviceConfig.ExecStartPre = [ (jobScript "${name}-pre-start" config.preStart) ]; })
      (mkIf (config.postStart != "") { serviceConfig.ExecStartPost = [ (jobScript "${name}-post-start" config.postStart) ]; })
      (mkIf (config.reload != "") { serviceConfig.ExecReload = jobScript "${name}-reload" config.reload; })
      (mkIf (config.preStop != "") { serviceConfig.ExecStop = jobScript "${name}-pre-stop" config.preStop; })
      (mkIf (config.postStop != "") { serviceConfig.ExecStopPost = jobScript "${name}-post-stop" config.postStop; })
    ];
  };

  socketOptions = {
    options = {
      listenStreams = listOfUnits "Addresses of stream sockets (ListenStream=).";
      listenDatagrams = listOfUnits "Addresses of datagram sockets (ListenDatagram=).";
      socketConfig = mkOption { type = types.attrsOf unitValue; default = { }; description = "Settings of the [Socket] section."; };
    };
  };

  timerOptions = {
    options.timerConfig = mkOption {
      type = types.attrsOf unitValue;
      default = { };
      example = { OnCalendar = "Sun 14:00:00"; Unit = "foo.service"; };
      description = "Settings of the [Timer] section.";
    };
  };

  unitOptions = { name, ... }: {
    options = {
      text = mkOption {
        type = types.nullOr types.lines;
        default = null;
        description = "The unit file's text; null for a unit a package has, which only gets links.";
      };
      enable = mkOption { type = types.bool; default = true; description = "Whether the unit is part of the system; false masks it."; };
      wantedBy = listOfUnits "Units that want this one.";
      requiredBy = listOfUnits "Units that require this one.";
      aliases = listOfUnits "Other names of the unit: links to it, as `systemctl enable` makes them for Alias=.";
      overrideStrategy = mkOption {
        type = types.enum [ "asDropinIfExists" "asDropin" ];
        default = "asDropinIfExists";
        description = "Whether the text is a whole unit or a drop-in of a package's unit of that name (see systemd.services.<name>.overrideStrategy).";
      };
    };
  };

  # One unit of systemd.units: a definition of a kind (service, target, ...) and its text, made of sections
  # given as a list of { name; settings; } in their order.
  toUnit = def: sections: {
    inherit (def) enable wantedBy requiredBy aliases overrideStrategy;
    text = lib.concatMapStringsSep "\n" ({ name, settings }: section name settings) sections;
  };

  # Environment variables as values of Environment= ("NAME=value", quoted).
  environmentValues = env: lib.mapAttrsToList (key: value: builtins.toJSON "${key}=${toString value}")
    (lib.filterAttrs (_: value: value != null) env);

  serviceUnit = def: toUnit def [
    { name = "Unit"; settings = def.unitConfig; }
    { name = "Service"; settings = def.serviceConfig // {
      Environment = environmentValues def.environment ++ lib.toList (def.serviceConfig.Environment or [ ]);
    }; }
  ];

  socketUnit = def: toUnit def [
    { name = "Unit"; settings = def.unitConfig; }
    { name = "Socket"; settings = { ListenStream = def.listenStreams; ListenDatagram = def.listenDatagrams; } // def.socketConfig; }
  ];

  targetUnit = def: toUnit def [{ name = "Unit"; settings = def.unitConfig; }];

  timerUnit = def: toUnit def [
    { name = "Unit"; settings = def.unitConfig; }
    { name = "Timer"; settings = def.timerConfig; }
  ];

  # The timer of a service's startAt.
  startAtTimer = def: toUnit (def // { wantedBy = [ "timers.target" ]; requiredBy = [ ]; aliases = [ ]; overrideStrategy = "asDropinIfExists"; }) [
    { name = "Unit"; settings = { }; }
    { name = "Timer"; settings.OnCalendar = def.startAt; }
  ];

  withSuffix = suffix: make: lib.mapAttrs' (name: def: lib.nameValuePair "${name}.${suffix}" (make def));

  # The folder /etc/systemd/system.
  unitEntries = name: unit:
    if !unit.enable || lib.elem name cfg.suppressedSystemUnits then [{ path = name; target = "/dev/null"; }]
    else
      lib.optional (unit.text != null)
        (if unit.overrideStrategy == "asDropin" then { path = "${name}.d/overrides.conf"; inherit (unit) text; }
        else {
          path = name;
          inherit (unit) text;
          ifExists = { source = "${packageUnits}/${name}"; path = "${name}.d/overrides.conf"; };
        })
      ++ map (target: { path = "${target}.wants/${name}"; target = "../${name}"; }) (lib.unique unit.wantedBy)
      ++ map (target: { path = "${target}.requires/${name}"; target = "../${name}"; }) (lib.unique unit.requiredBy)
      # An alias links to the unit's file: the package's, unless the configuration's text is the whole unit.
      ++ map (alias:
        if unit.text == null || unit.overrideStrategy == "asDropin" then { path = alias; target = "${liveUnits}/${name}"; }
        else { path = alias; target = name; ifExists = { source = "${packageUnits}/${name}"; target = "${liveUnits}/${name}"; }; })
        (lib.unique unit.aliases);

  # Suppressed units nobody defines are masked all the same.
  suppressedOnly = lib.filter (name: !(cfg.units ? ${name})) cfg.suppressedSystemUnits;

  # default.target links to the default unit: the configuration's own file beside it, unless a package has
  # the unit (then the configuration's text is a drop-in of it, and the link goes to the package's).
  defaultUnit = cfg.units.${cfg.defaultUnit} or { text = null; };
  packageDefault = "${liveUnits}/${cfg.defaultUnit}";
  defaultEntry =
    if defaultUnit.text == null || defaultUnit.overrideStrategy == "asDropin" then { path = "default.target"; target = packageDefault; }
    else {
      path = "default.target";
      target = cfg.defaultUnit;
      ifExists = { source = "${packageUnits}/${cfg.defaultUnit}"; target = packageDefault; };
    };

  units = pkgs.nixjTree {
    name = "system-units";
    entries = lib.concatLists (lib.mapAttrsToList unitEntries cfg.units)
      ++ map (name: { path = name; target = "/dev/null"; }) suppressedOnly
      ++ [ defaultEntry ];
  };
in
{
  options.systemd = {
    package = mkOption {
      type = types.package;
      default = pkgs.systemd;
      defaultText = lib.literalExpression "pkgs.systemd";
      description = "The systemd package (Debian's): PID 1, its units and tools.";
    };

    units = mkOption {
      type = types.attrsOf (types.submodule unitOptions);
      default = { };
      description = "The units of /etc/systemd/system, by file name (\"foo.service\"); services, targets, sockets and timers add theirs.";
    };

    services = mkOption {
      type = types.attrsOf (types.submodule [ commonOptions serviceOptions ]);
      default = { };
      description = "The system's services, by name without \".service\" (\"getty@\" for a template).";
    };

    targets = mkOption {
      type = types.attrsOf (types.submodule commonOptions);
      default = { };
      description = "The system's targets, by name without \".target\".";
    };

    sockets = mkOption {
      type = types.attrsOf (types.submodule [ commonOptions socketOptions ]);
      default = { };
      description = "The system's sockets, by name without \".socket\".";
    };

    timers = mkOption {
      type = types.attrsOf (types.submodule [ commonOptions timerOptions ]);
      default = { };
      description = "The system's timers, by name without \".timer\".";
    };

    defaultUnit = mkOption {
      type = types.str;
      default = "multi-user.target";
      description = "The unit systemd starts at boot (default.target).";
    };

    suppressedSystemUnits = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "systemd-backlight@.service" ];
      description = "Units of the packages the system must not have; nixj masks them (Debian's stay in /lib).";
    };

    globalEnvironment = mkOption {
      type = types.attrsOf (types.nullOr (types.oneOf [ types.str types.path types.package ]));
      default = { };
      description = "Environment variables of every service (DefaultEnvironment= of system.conf).";
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      example = "DefaultLimitCORE=infinity";
      description = "Lines of the [Manager] section of /etc/systemd/system.conf.";
    };

    tmpfiles.rules = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "d /var/lib/rescue 0755 root root -" ];
      description = "Lines of tmpfiles.d (files and folders made at boot), in /etc/tmpfiles.d/00-nixos.conf.";
    };

    enableEmergencyMode = mkOption {
      type = types.bool;
      default = true;
      description = "Whether a failed boot drops to emergency mode (nixj does not act on it yet: Debian's units decide).";
    };
  };

  config = {
    systemd.units =
      withSuffix "service" serviceUnit cfg.services
      // withSuffix "target" targetUnit cfg.targets
      // withSuffix "socket" socketUnit cfg.sockets
      // withSuffix "timer" startAtTimer (lib.filterAttrs (name: def: def.startAt != [ ] && !(cfg.timers ? ${name})) cfg.services)
      // withSuffix "timer" timerUnit cfg.timers;

    system.build.units = units;

    # The user's service manager (user@.service) opens a session: pam_systemd gives it XDG_RUNTIME_DIR.
    security.pam.services.systemd-user.startSession = true;

    environment.etc = {
      "systemd/system".source = units;
      # It fails on the live system's symlinked /usr ("Too many levels of symbolic links").
      "systemd/system-generators/systemd-gpt-auto-generator".source = "/dev/null";
      "systemd/system.conf".text = section "Manager" { DefaultEnvironment = environmentValues cfg.globalEnvironment; }
        + cfg.extraConfig;
      "tmpfiles.d/00-nixos.conf" = lib.mkIf (cfg.tmpfiles.rules != [ ]) {
        text = lib.concatMapStrings (rule: "${rule}\n") cfg.tmpfiles.rules;
      };
    };
  };
}
