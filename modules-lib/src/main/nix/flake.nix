# The bundled library as a flake: nixj serves it in place of a `nixpkgs` input it cannot fetch, so flakes that
# take `nixpkgs` evaluate offline. Its tree is shaped like nixpkgs', so "${nixpkgs}/nixos/..." paths work.
{
  description = "nixj's bundled nixpkgs-compatible library";

  outputs = { self }:
    let
      baseLib = import ./lib;
      systems = [ "x86_64-linux" "aarch64-linux" "i686-linux" "riscv64-linux" "x86_64-darwin" "aarch64-darwin" ];

      # As nixpkgs' flake does, the flake's `lib` also has NixOS's entry points.
      lib = baseLib.extend (final: prev: {
        nixos = import ./nixos/lib { lib = final; };

        # A NixOS configuration. `system` is left to the modules (nixpkgs.hostPlatform) unless given.
        nixosSystem = args:
          import ./nixos/lib/eval-config.nix ({
            lib = final;
            system = null;
            modules = args.modules ++ [
              ({ ... }: { config.nixpkgs.flake.source = self.outPath; })
            ];
          } // builtins.removeAttrs args [ "modules" ]);
      });
    in
    {
      inherit lib;
      # Each system's package set, as `import nixpkgs { inherit system; }` gives it.
      legacyPackages = lib.genAttrs systems (system: import self { inherit system; });
      nixosModules = {
        notDetected = ./nixos/modules/installer/scan/not-detected.nix;
      };
    };
}
