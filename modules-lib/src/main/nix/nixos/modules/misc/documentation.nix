# documentation.*: which documentation the system carries.
{ config, lib, ... }:
let
  cfg = config.documentation;
  enableOption = description: default: lib.mkOption {
    type = lib.types.bool;
    inherit default description;
  };
in
{
  options.documentation = {
    enable = enableOption "Whether to install documentation of packages (the other documentation.* options need it)." true;
    man.enable = enableOption "Whether to install manual pages." true;
    doc.enable = enableOption "Whether to install documentation from packages' doc outputs." true;
    info.enable = enableOption "Whether to install info pages." true;
    dev.enable = enableOption "Whether to install documentation for developers (man pages of C libraries)." false;
    nixos.enable = enableOption "Whether to install NixOS's own documentation (the manual and nixos-help)." true;
  };
}
