# Keys in the caller's ssh-agent for sudo (sudo keeps the agent's socket), U2F/FIDO2 keys for every service
# (security.pam.u2f, with the renamed options of older NixOS), and the warning for a key file the user can write.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  e = n.eval [ n.machine {
    security.pam.sshAgentAuth = { enable = true; authorizedKeysFiles = [ "/etc/ssh/authorized_keys.d/%u" "%h/.ssh/authorized_keys" ]; };
    security.pam.u2f = { enable = true; control = "required"; authFile = "/etc/u2f-mappings"; settings.cue = true; };
  } ];
  c = e.config;
  strip = builtins.unsafeDiscardStringContext;
in
{
  sudo = strip c.security.pam.services.sudo.text;
  passwd = strip c.security.pam.services.passwd.text;
  sudoers = n.lib.hasInfix "Defaults env_keep+=SSH_AUTH_SOCK\n" c.security.sudo.configFile;
  u2fInPath = builtins.elem "pam_u2f" (map (p: p.pname or p.name) c.environment.systemPackages);
  warnings = c.warnings;
}
