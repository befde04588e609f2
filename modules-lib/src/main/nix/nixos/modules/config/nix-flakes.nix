# nix.registry: the flake registry of the system.
{ lib, ... }:
let
  inherit (lib) mkOption types;
in
{
  options.nix.registry = mkOption {
    type = types.attrsOf (types.submodule ({ name, ... }: {
      options = {
        from = mkOption {
          type = types.attrsOf types.str;
          default = { type = "indirect"; id = name; };
          description = "The flake reference that is redirected.";
        };
        to = mkOption {
          type = types.attrsOf (types.oneOf [ types.str types.int types.bool types.path types.package ]);
          description = "The flake reference it is redirected to.";
        };
        flake = mkOption {
          type = types.nullOr types.attrs;
          default = null;
          description = "A flake to redirect to (sets `to`).";
        };
        exact = mkOption { type = types.bool; default = true; description = "Whether only the exact reference is redirected."; };
      };
    }));
    default = { };
    description = "Entries of the system's flake registry, by name.";
  };
}
