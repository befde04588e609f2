# systemd: the units of the system. Only what the unit submodule needs for configurations to evaluate is
# declared so far.
{ lib, ... }:
let
  inherit (lib) mkOption types;
  listOfStrings = description: mkOption { type = types.listOf types.str; default = [ ]; inherit description; };
  unitValue = types.oneOf [ types.bool types.int types.str (types.listOf types.str) ];

  serviceOptions = { name, ... }: {
    options = {
      enable = mkOption { type = types.bool; default = true; description = "Whether the unit is part of the system."; };
      description = mkOption { type = types.singleLineStr; default = ""; description = "The unit's description."; };
      wantedBy = listOfStrings "Units that want this one.";
      requiredBy = listOfStrings "Units that require this one.";
      wants = listOfStrings "Units this one wants.";
      requires = listOfStrings "Units this one requires.";
      after = listOfStrings "Units this one starts after.";
      before = listOfStrings "Units this one starts before.";
      path = mkOption { type = types.listOf (types.either types.package types.str); default = [ ]; description = "Packages on the service's PATH."; };
      environment = mkOption { type = types.attrsOf (types.nullOr (types.oneOf [ types.str types.path types.package ])); default = { }; description = "Environment variables of the service."; };
      script = mkOption { type = types.lines; default = ""; description = "The service's shell script."; };
      preStart = mkOption { type = types.lines; default = ""; description = "Shell commands run before the service starts."; };
      serviceConfig = mkOption { type = types.attrsOf unitValue; default = { }; description = "Settings of the [Service] section."; };
      unitConfig = mkOption { type = types.attrsOf unitValue; default = { }; description = "Settings of the [Unit] section."; };
      restartTriggers = mkOption { type = types.listOf types.unspecified; default = [ ]; description = "Values whose change restarts the unit."; };
      stopIfChanged = mkOption { type = types.bool; default = true; description = "Whether a changed unit is stopped and started rather than restarted."; };
    };
  };
in
{
  options.systemd = {
    services = mkOption {
      type = types.attrsOf (types.submodule serviceOptions);
      default = { };
      description = "The system's services.";
    };
    enableEmergencyMode = mkOption {
      type = types.bool;
      default = true;
      description = "Whether a failed boot drops to emergency mode.";
    };
  };
}
