# A flake in the shape of the seeds' nix-wire layout: an ISO host built as a per-system package whose full
# NixOS configuration is inspectable through passthru.config. Its `nixpkgs` input cannot be fetched offline,
# so nixj serves it with its bundled library (and says so).
{
  description = "A rescue ISO host, as nix-wire lays one out";

  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";

  outputs = { self, nixpkgs }:
    let
      lib = nixpkgs.lib;
      isoHost = system: name:
        let
          eval = lib.nixosSystem {
            inherit system;
            specialArgs.inputs = { inherit self nixpkgs; };
            modules = [
              ./hosts/iso/${name}
              ({ modulesPath, ... }: { imports = [ "${modulesPath}/installer/cd-dvd/installation-cd-minimal.nix" ]; })
              { networking.hostName = lib.mkDefault name; }
            ];
          };
        in
        # The ISO, with the whole configuration attached for `nixj eval … --apply 'x: x.passthru.config…'`.
        eval.config.system.build.isoImage // { passthru = { config = eval.config; }; };
    in
    {
      nixosModules.default = { nix.settings.experimental-features = [ "nix-command" "flakes" ]; };
      packages = lib.genAttrs [ "x86_64-linux" "aarch64-linux" ] (system: { rescue = isoHost system "rescue"; });
    };
}
