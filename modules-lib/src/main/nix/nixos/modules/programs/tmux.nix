# programs.tmux: tmux in the system with /etc/tmux.conf made from the options as NixOS makes it (terminal,
# indexes, key mode and prefix, resizing, clock, escape time, history, then extraConfig), and the server's
# socket under the user's runtime directory rather than /tmp (secureSocket).
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.programs.tmux;
  onOff = value: if value then "on" else "off";
  viPanes = ''
    bind h select-pane -L
    bind j select-pane -D
    bind k select-pane -U
    bind l select-pane -R

    bind -r H resize-pane -L ${toString cfg.resizeAmount}
    bind -r J resize-pane -D ${toString cfg.resizeAmount}
    bind -r K resize-pane -U ${toString cfg.resizeAmount}
    bind -r L resize-pane -R ${toString cfg.resizeAmount}
  '';
  prefix = ''
    # rebind main key: C-${cfg.shortcut}
    unbind C-b
    set -g prefix C-${cfg.shortcut}
    bind ${cfg.shortcut} send-prefix
    bind C-${cfg.shortcut} last-window
  '';
in
{
  imports = [ (lib.mkRenamedOptionModule [ "programs" "tmux" "extraTmuxConf" ] [ "programs" "tmux" "extraConfig" ]) ];

  options.programs.tmux = {
    enable = lib.mkEnableOption "tmux, configured system-wide";
    package = lib.mkPackageOption pkgs "tmux" { };
    aggressiveResize = mkOption { type = types.bool; default = false; description = "Whether a window takes the size of the smallest session showing it, not of the smallest attached."; };
    baseIndex = mkOption { type = types.int; default = 0; example = 1; description = "The number of the first window and pane."; };
    clock24 = mkOption { type = types.bool; default = false; description = "Whether the clock shows 24 hours."; };
    customPaneNavigationAndResize = mkOption { type = types.bool; default = false; description = "Whether hjkl move between panes and HJKL resize them (vi key mode)."; };
    escapeTime = mkOption { type = types.int; default = 500; example = 0; description = "How long tmux waits after Escape for a key sequence, in milliseconds."; };
    extraConfig = mkOption { type = types.lines; default = ""; description = "More lines of /etc/tmux.conf."; };
    historyLimit = mkOption { type = types.int; default = 2000; example = 5000; description = "How many lines of history a pane keeps."; };
    keyMode = mkOption { type = types.enum [ "emacs" "vi" ]; default = "emacs"; example = "vi"; description = "Whether the status line and copy mode use emacs or vi keys."; };
    newSession = mkOption { type = types.bool; default = false; description = "Whether attaching with no session running makes one."; };
    reverseSplit = mkOption { type = types.bool; default = false; description = "Whether v splits side by side and s one above the other."; };
    resizeAmount = mkOption { type = types.int; default = 5; example = 10; description = "How many lines or columns a resize key moves."; };
    shortcut = mkOption { type = types.str; default = "b"; example = "a"; description = "The prefix key, with Ctrl."; };
    terminal = mkOption { type = types.str; default = "screen"; example = "screen-256color"; description = "The TERM inside tmux."; };
    secureSocket = mkOption {
      type = types.bool;
      default = true;
      description = "Whether the server's socket is in the user's runtime directory (under /run, gone at logout) rather than /tmp.";
    };
  };

  config = lib.mkIf cfg.enable {
    environment.systemPackages = [ cfg.package ];
    environment.variables.TMUX_TMPDIR = lib.optional cfg.secureSocket ''''${XDG_RUNTIME_DIR:-"/run/user/$(id -u)"}'';
    environment.etc."tmux.conf".text = ''
      set  -g default-terminal "${cfg.terminal}"
      set  -g base-index      ${toString cfg.baseIndex}
      setw -g pane-base-index ${toString cfg.baseIndex}

      ${lib.optionalString cfg.newSession "new-session"}

      ${lib.optionalString cfg.reverseSplit "bind v split-window -h\nbind s split-window -v\n"}

      set -g status-keys ${cfg.keyMode}
      set -g mode-keys   ${cfg.keyMode}

      ${lib.optionalString (cfg.keyMode == "vi" && cfg.customPaneNavigationAndResize) viPanes}

      ${lib.optionalString (cfg.shortcut != "b") prefix}

      setw -g aggressive-resize ${onOff cfg.aggressiveResize}
      setw -g clock-mode-style  ${if cfg.clock24 then "24" else "12"}
      set  -s escape-time       ${toString cfg.escapeTime}
      set  -g history-limit     ${toString cfg.historyLimit}

      ${cfg.extraConfig}
    '';
  };
}
