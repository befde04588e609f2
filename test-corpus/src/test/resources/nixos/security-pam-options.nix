# A service's options switch NixOS's rules on, with NixOS's order numbers (the early auth rules, present only
# when a module needs the password, shift the later ones); settings become arguments (true: the key, false or
# null: nothing); limits, the message of the day and pam_env's variables come from the system's options; a
# rule can be added relative to another's order, an argument with a space is bracketed, and `text` replaces
# the whole file.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  c = n.config [ n.machine ({ config, ... }: {
    security.pam.loginLimits = [ { domain = "@wheel"; type = "soft"; item = "nofile"; value = 8192; } ];
    users.motd = "Be nice.";
    security.pam.makeHomeDir = { skelDirectory = "/etc/skel"; umask = "0022"; };
    security.pam.services.custom = {
      requireWheel = true;
      nodelay = true;
      allowNullPassword = true;
      makeHomeDir = true;
      showMotd = true;
      ttyAudit = { enable = true; enablePattern = "root,admin*"; };
      failDelay = { enable = true; delay = 500000; };
      googleAuthenticator.enable = true;
      limits = [ { domain = "*"; item = "core"; value = "0"; } ];
      rules.auth.echo = {
        control = "optional";
        modulePath = "pam_echo.so";
        args = [ "Welcome [user]" "file=/etc/issue" ];
        order = config.security.pam.services.custom.rules.auth.unix.order + 10;
      };
    };
    security.pam.services.plain.setEnvironment = false;
    security.pam.services.verbatim.text = "auth required pam_permit.so\n";
    environment.sessionVariables = { EDITOR = "nano"; XDG_DATA_HOME = "$HOME/.local/share"; CDPATH = [ "." "$HOME" ]; };
  }) ];
  strip = builtins.unsafeDiscardStringContext;
  s = c.security.pam.services;
in
{
  custom = strip s.custom.text;
  orders = builtins.mapAttrs (_: rules: builtins.mapAttrs (_: rule: rule.order) rules) s.custom.rules;
  loginLimits = strip s.login.text;
  plain = strip s.plain.text;
  verbatim = c.environment.etc."pam.d/verbatim".source.name == "verbatim.pam" && c.environment.etc."pam.d/verbatim".source.text == "auth required pam_permit.so\n";
  limitsFile = n.lib.head (n.lib.filter (n.lib.hasPrefix "conf=") s.login.rules.session.limits.args);
  pamEnvironment = c.environment.etc."pam/environment".text;
}
