# specialisation.<name>: variants of the system, each a whole configuration of its own (by default the parent's
# with the variant's modules added), linked from the built system as specialisation/<name> (./top-level.nix).
{ config, lib, extendModules, noUserModules, ... }:
let
  inherit (lib) mkOption types;
in
{
  options = {
    specialisation = mkOption {
      type = types.attrsOf (types.submodule ({ config, ... }:
        let
          # The parent's modules and definitions, or only NixOS's own; the variant knows it is one and has none of
          # its own (which would nest for ever).
          base = if config.inheritParentConfig then extendModules else noUserModules.extendModules;
          variant = base { modules = [ { isSpecialisation = true; specialisation = lib.mkOverride 0 { }; } ]; };
        in
        {
          options.inheritParentConfig = mkOption {
            type = types.bool;
            default = true;
            description = "Whether the variant starts from the parent's configuration (else from NixOS's defaults).";
          };
          options.configuration = mkOption {
            inherit (variant) type;
            default = { };
            visible = "shallow";
            description = "The variant's modules; its value is the variant's whole configuration.";
          };
        }));
      default = { };
      example = lib.literalExpression ''{ fast.configuration = { boot.kernelPackages = pkgs.linuxPackages_latest; }; }'';
      description = "Variants of this system, built with it and offered by its boot menu.";
    };

    isSpecialisation = mkOption {
      type = types.bool;
      internal = true;
      default = false;
      description = "Whether this configuration is a specialisation of another.";
    };
  };
}
