# systemd's units the NixOS way, for the system's manager (systemd.*) and the users' (systemd.user.*): the
# options of services, targets, sockets and timers, the unit texts they make, and the unit folder a manager
# reads (`utils.systemdUtils`).
#
# A manager's folder (/etc/systemd/system, /etc/systemd/user) is a pkgs.nixjTree with one file per unit, the
# links that wantedBy and requiredBy make (`<target>.wants/<unit> -> ../<unit>`; systemd reads a dependency
# from the link's name), and /dev/null for units that are disabled or suppressed (masked).
# Debian's own units stay where its packages put them (the live system's /lib/systemd/{system,user}, which is
# the system's sw): a unit the configuration defines that a package already has becomes a drop-in,
# `<unit>.d/overrides.conf`, as NixOS's overrideStrategy "asDropinIfExists" does (nixj decides it when the
# folder is built, looking in the system's sw) or always with "asDropin".
{ lib, pkgs }:
let
  inherit (lib) mkOption mkIf mkMerge types;

  primitive = types.oneOf [ types.bool types.int types.str types.path ];
  unitValue = types.either primitive (types.listOf primitive);

  # A section of a unit file: one line per value (a list repeats its key), keys in order, nulls left out.
  render = value: if lib.isBool value then lib.boolToString value else toString value;
  section = name: settings:
    "[${name}]\n" + lib.concatStrings (lib.mapAttrsToList
      (key: value: lib.concatMapStrings (one: "${key}=${render one}\n") (lib.toList value))
      (lib.filterAttrs (_: value: value != null) settings));

  listOfUnits = description: mkOption { type = types.listOf types.str; default = [ ]; inherit description; };

  replacePackageUnitOption = mkOption {
    type = types.bool;
    default = false;
    internal = true;
    description = ''
      Whether the unit's text is whole even where a package of the system has a unit of that name, which
      systemd then ignores (nixj's: NixOS's packages mostly have no units, Debian's have, and a module
      that writes the whole unit must not have it read as a drop-in of the package's).
    '';
  };

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
      replacePackageUnit = replacePackageUnitOption;
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
      replacePackageUnit = replacePackageUnitOption;
    };
  };

  # One unit of systemd.units: a definition of a kind (service, target, ...) and its text, made of sections
  # given as a list of { name; settings; } in their order.
  toUnit = def: sections: {
    inherit (def) enable wantedBy requiredBy aliases overrideStrategy replacePackageUnit;
    text = lib.concatMapStringsSep "\n" ({ name, settings }: section name settings) sections;
  };

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
  startAtTimer = def: toUnit (def // { wantedBy = [ "timers.target" ]; requiredBy = [ ]; aliases = [ ]; overrideStrategy = "asDropinIfExists"; replacePackageUnit = false; }) [
    { name = "Unit"; settings = { }; }
    { name = "Timer"; settings.OnCalendar = def.startAt; }
  ];

  withSuffix = suffix: make: lib.mapAttrs' (name: def: lib.nameValuePair "${name}.${suffix}" (make def));

  # Environment variables as values of Environment= ("NAME=value", quoted).
  environmentValues = env: lib.mapAttrsToList (key: value: builtins.toJSON "${key}=${toString value}")
    (lib.filterAttrs (_: value: value != null) env);
in
{
  inherit section environmentValues;

  # The options of a manager's units (systemd.* or systemd.user.*); `whose` says whose they are in the
  # descriptions ("system's", "users'").
  managerOptions = whose:
    let
      ofKind = kind: modules: mkOption {
        type = types.attrsOf (types.submodule modules);
        default = { };
        description = "The ${whose} ${kind}s, by name without \".${kind}\".";
      };
    in
    {
      units = mkOption {
        type = types.attrsOf (types.submodule unitOptions);
        default = { };
        description = "The units of the ${whose} manager, by file name (\"foo.service\"); services, targets, sockets and timers add theirs.";
      };
      services = ofKind "service" [ commonOptions serviceOptions ] // {
        description = "The ${whose} services, by name without \".service\" (\"getty@\" for a template).";
      };
      targets = ofKind "target" [ commonOptions ];
      sockets = ofKind "socket" [ commonOptions socketOptions ];
      timers = ofKind "timer" [ commonOptions timerOptions ];
    };

  # The units that a manager's services, targets, sockets and timers (and the services' startAt) make.
  unitsOf = cfg:
    withSuffix "service" serviceUnit cfg.services
    // withSuffix "target" targetUnit cfg.targets
    // withSuffix "socket" socketUnit cfg.sockets
    // withSuffix "timer" startAtTimer (lib.filterAttrs (name: def: def.startAt != [ ] && !(cfg.timers ? ${name})) cfg.services)
    // withSuffix "timer" timerUnit cfg.timers;

  # A manager's unit folder. `packageUnits`: where the packages' units of that kind are in the built system's
  # sw; `liveUnits`: the same folder on the live system; `masked`: unit names masked even if nothing defines
  # them; `defaultUnit`: the unit default.target links to, or null for none.
  unitFolder = { name, units, packageUnits, liveUnits, masked ? [ ], defaultUnit ? null }:
    let
      unitEntries = unitName: unit:
        if !unit.enable || lib.elem unitName masked then [{ path = unitName; target = "/dev/null"; }]
        else
          lib.optional (unit.text != null)
            (if unit.overrideStrategy == "asDropin" then { path = "${unitName}.d/overrides.conf"; inherit (unit) text; }
            else if unit.replacePackageUnit then { path = unitName; inherit (unit) text; }
            else {
              path = unitName;
              inherit (unit) text;
              ifExists = { source = "${packageUnits}/${unitName}"; path = "${unitName}.d/overrides.conf"; };
            })
          ++ map (target: { path = "${target}.wants/${unitName}"; target = "../${unitName}"; }) (lib.unique unit.wantedBy)
          ++ map (target: { path = "${target}.requires/${unitName}"; target = "../${unitName}"; }) (lib.unique unit.requiredBy)
          # An alias links to the unit's file: the package's, unless the configuration's text is the whole unit.
          ++ map (alias:
            if unit.text == null || unit.overrideStrategy == "asDropin" then { path = alias; target = "${liveUnits}/${unitName}"; }
            else if unit.replacePackageUnit then { path = alias; target = unitName; }
            else { path = alias; target = unitName; ifExists = { source = "${packageUnits}/${unitName}"; target = "${liveUnits}/${unitName}"; }; })
            (lib.unique unit.aliases);

      # Masked units nobody defines are masked all the same.
      maskedOnly = lib.filter (unitName: !(units ? ${unitName})) masked;

      # default.target links to the default unit: the configuration's own file beside it, unless a package
      # has the unit (then the configuration's text is a drop-in of it, and the link goes to the package's).
      defaultEntry =
        let
          unit = units.${defaultUnit} or { text = null; };
          packageDefault = "${liveUnits}/${defaultUnit}";
        in
        if unit.text == null || unit.overrideStrategy == "asDropin" then { path = "default.target"; target = packageDefault; }
        else if unit.replacePackageUnit then { path = "default.target"; target = defaultUnit; }
        else {
          path = "default.target";
          target = defaultUnit;
          ifExists = { source = "${packageUnits}/${defaultUnit}"; target = packageDefault; };
        };
    in
    pkgs.nixjTree {
      inherit name;
      entries = lib.concatLists (lib.mapAttrsToList unitEntries units)
        ++ map (unitName: { path = unitName; target = "/dev/null"; }) maskedOnly
        ++ lib.optional (defaultUnit != null) defaultEntry;
    };
}
