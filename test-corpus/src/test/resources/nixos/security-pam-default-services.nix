# The PAM services every system has, written as NixOS writes them: the account tools' (shadow), sshd's with
# password checking as sshd's settings say, sudo's, systemd's user manager's, polkit's, runuser's, and `other`,
# which refuses; each is /etc/pam.d/NAME. Debian's util-linux su has a second service for `su -l`.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  c = n.config [ n.installerMinimal ];
  noPasswords = n.config [ n.machine { services.openssh = { enable = true; settings.PasswordAuthentication = false; }; } ];
  noPam = n.config [ n.machine { services.openssh = { enable = true; settings.UsePAM = false; }; } ];
  text = name: c.security.pam.services.${name}.text;
in
{
  services = builtins.attrNames c.security.pam.services;
  login = text "login";
  sshd = text "sshd";
  su = text "su";
  sudo = text "sudo";
  runuser = text "runuser";
  systemd-user = text "systemd-user";
  other = text "other";
  file = c.environment.etc."pam.d/login".source.text == text "login";
  sshdWithoutPasswords = noPasswords.security.pam.services.sshd.rules.auth.unix.enable;
  sshdWithoutPam = noPam.security.pam.services ? sshd;
  pamEnvironment = c.environment.etc."pam/environment".text;
}
