# services.earlyoom: NixOS's unit (replacing Debian's), its thresholds and options on earlyoom's command line;
# removed options fail with NixOS's messages.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  unit = config: builtins.replaceStrings [ builtins.storeDir ] [ "<store>" ] config.systemd.units."earlyoom.service".text;
  c = n.config [ n.machine { services.earlyoom = { enable = true; freeMemThreshold = 5; freeMemKillThreshold = 2; enableDebugInfo = true; reportInterval = 0; extraArgs = [ "-g" ]; }; } ];
  defaults = n.config [ n.machine { services.earlyoom.enable = true; } ];
  entries = config: builtins.filter (e: n.lib.hasInfix "earlyoom" e.path)
    (map (e: { inherit (e) path; dropin = e.ifExists.path or null; }) config.environment.etc."systemd/system".source.entries);
in
{
  unit = unit c;
  defaults = unit defaults;
  entries = entries c;
  off = (n.config [ n.machine ]).systemd.units ? "earlyoom.service";
}
