# services.getty: the login prompts of the virtual consoles.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
in
{
  options.services.getty = {
    autologinUser = mkOption {
      type = types.nullOr types.str;
      default = null;
      description = "The account logged in automatically on the consoles, or null.";
    };
    autologinOnce = mkOption {
      type = types.bool;
      default = false;
      description = "Whether automatic login happens only once per boot.";
    };
    greetingLine = mkOption {
      type = types.str;
      default = ''<<< Welcome to ${config.system.nixos.distroName} ${config.system.nixos.label} (\m) - \l >>>'';
      defaultText = lib.literalExpression ''"<<< Welcome to ''${config.system.nixos.distroName} ''${config.system.nixos.label} (\\m) - \\l >>>"'';
      description = "The first line of the login prompt.";
    };
    helpLine = mkOption {
      type = types.lines;
      default = "";
      description = "Help text shown under the greeting.";
    };
    extraArgs = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = "Further arguments of agetty.";
    };
  };
}
