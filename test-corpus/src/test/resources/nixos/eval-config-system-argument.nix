# nixpkgs.system comes from eval-config.nix's `system` (at mkDefault priority).
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
{
  fromArgument = (n.evalConfig { system = "i686-linux"; modules = [ ]; }).config.nixpkgs.system;
  overridden = (n.evalConfig { system = "i686-linux"; modules = [ { nixpkgs.system = "riscv64-linux"; } ]; }).pkgs.stdenv.hostPlatform.system;
}
