# The bundled library as a flake: nixj serves it in place of a `nixpkgs` input it cannot fetch, so flakes that
# take `nixpkgs` evaluate offline. Its tree is shaped like nixpkgs', so "${nixpkgs}/nixos/..." paths work.
{
  description = "nixj's bundled nixpkgs-compatible library";

  outputs = { self }:
    let
      lib = import ./lib;
      systems = [ "x86_64-linux" "aarch64-linux" "i686-linux" "riscv64-linux" "x86_64-darwin" "aarch64-darwin" ];
    in
    {
      inherit lib;
      # Each system's package set, as `import nixpkgs { inherit system; }` gives it.
      legacyPackages = lib.genAttrs systems (system: import self { inherit system; });
      nixosModules = { };
    };
}
