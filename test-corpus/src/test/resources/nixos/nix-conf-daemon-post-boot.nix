# /etc/nix/nix.conf from nix.settings (extra- settings last, lists as words, null as nothing) and
# nix.extraOptions; the daemon's socket and build accounts; boot.postBootCommands in a unit of its own, and
# none of these with nix.enable = false or no commands.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let
  c = n.config [ {
    nix.settings = {
      extra-substituters = [ "https://cache.example.org" ];
      experimental-features = [ "nix-command" "flakes" ];
      keep-outputs = true;
      max-jobs = 4;
      post-build-hook = null;
      "weird=name" = "x";
    };
    nix.extraOptions = "keep-derivations = true\n";
    nix.nrBuildUsers = 2;
    boot.postBootCommands = "touch /run/booted";
  } ];
  off = n.config [ { nix.enable = false; } ];
in
{
  conf = c.environment.etc."nix/nix.conf".source.text;
  buildUsers = builtins.filter (name: builtins.substring 0 6 name == "nixbld") (builtins.attrNames c.users.users);
  nixbld2 = { inherit (c.users.users.nixbld2) uid group isSystemUser; };
  socket = c.systemd.sockets.nix-daemon.socketConfig.ListenStream;
  postBoot = { inherit (c.systemd.services.post-boot) wantedBy before; inherit (c.systemd.services.post-boot.unitConfig) DefaultDependencies; };
  disabled = {
    conf = off.environment.etc ? "nix/nix.conf";
    daemon = off.systemd.services ? nix-daemon;
    postBoot = off.systemd.services ? post-boot;
    buildUsers = off.users.users ? nixbld1;
  };
}
