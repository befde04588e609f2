# The ssh client's /etc/ssh/ssh_config (extraConfig first, then Host * with the known-hosts files and the
# algorithm lists asked for; IPv4 only without IPv6) and /etc/ssh/ssh_known_hosts from knownHosts (names by
# default the attribute's, certificate authorities marked); udev's extra rules in /etc/udev/rules.d, its
# packages in the system.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  c = n.config [ n.machine {
    programs.ssh = {
      extraConfig = "Host builder\n  User nix\n";
      knownHosts = {
        "github.com".publicKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl";
        ca = { certAuthority = true; hostNames = [ "*.example.org" ]; extraHostNames = [ "10.0.0.1" ]; publicKey = "ssh-ed25519 AAAAca"; };
      };
      knownHostsFiles = [ "/var/lib/known_hosts" ];
      forwardX11 = false;
      kexAlgorithms = [ "curve25519-sha256" ];
    };
    networking.enableIPv6 = false;
    services.udev.extraRules = ''SUBSYSTEM=="net", KERNEL=="lo", ENV{MARK}="1"'';
  } ];
  plain = n.config [ n.machine ];
  bad = n.eval [ n.machine { programs.ssh.knownHosts.nokey.hostNames = [ "x" ]; } ];
in
{
  sshConfig = c.environment.etc."ssh/ssh_config".text;
  knownHosts = c.environment.etc."ssh/ssh_known_hosts".text;
  plainConfig = plain.environment.etc."ssh/ssh_config".text;
  plainKnownHosts = plain.environment.etc ? "ssh/ssh_known_hosts";
  udev = c.environment.etc."udev/rules.d/99-local.rules".text;
  plainUdev = plain.environment.etc ? "udev/rules.d/99-local.rules";
  noKey = map (a: a.message) (builtins.filter (a: !a.assertion) bad.config.assertions);
}
