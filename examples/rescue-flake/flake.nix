# A flake in the shape of the mission's: a rescue host described by modules, queried with `nixj eval`.
# Its `nixpkgs` input cannot be fetched offline, so nixj serves it with its bundled library (and says so).
{
  description = "A rescue host, described with nixpkgs' module system";

  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";

  outputs = { self, nixpkgs }:
    let
      lib = nixpkgs.lib;
      rescue = lib.evalModules {
        modules = [
          ./host.nix
          {
            host.name = "rescue";
            host.users.admin.keys = [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnly admin@example" ];
            host.sshPort = 2222;
          }
        ];
      };
    in
    {
      hosts.rescue = rescue.config.host;
      # What `nix flake show` would list as a package, one per system, as in the seeds' nix-wire layout.
      legacyPackages = lib.genAttrs [ "x86_64-linux" "aarch64-linux" ] (system: {
        rescue = { inherit system; passthru.config = rescue.config; };
      });
    };
}
