# programs.tmux's /etc/tmux.conf (defaults, then vi keys with pane bindings, another prefix, extraConfig under
# its older name with NixOS's warning) and its socket directory; nix.gc and nix.optimise as services, with
# timers only when automatic.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  plain = n.config [ n.machine { programs.tmux.enable = true; } ];
  c = n.config [ n.machine {
    programs.tmux = {
      enable = true; keyMode = "vi"; customPaneNavigationAndResize = true; shortcut = "a"; clock24 = true;
      baseIndex = 1; escapeTime = 0; extraTmuxConf = "set -g mouse on"; secureSocket = false;
    };
    nix.gc = { automatic = true; dates = "weekly"; options = "--delete-older-than 30d"; };
    nix.optimise.automatic = true;
  } ];
  units = cfg: builtins.mapAttrs (_: unit: { inherit (unit) text wantedBy; })
    (n.lib.filterAttrs (name: _: n.lib.hasPrefix "nix-gc" name || n.lib.hasPrefix "nix-optimise" name) cfg.systemd.units);
  strip = builtins.unsafeDiscardStringContext;
in
{
  plain = plain.environment.etc."tmux.conf".text;
  plainSocket = plain.environment.variables.TMUX_TMPDIR;
  custom = c.environment.etc."tmux.conf".text;
  customSocket = c.environment.variables.TMUX_TMPDIR;
  warnings = c.warnings;
  units = builtins.mapAttrs (_: u: u // { text = strip u.text; }) (units c);
  plainUnits = builtins.attrNames (units plain);
}
