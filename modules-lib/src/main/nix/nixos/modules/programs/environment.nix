# The variables every NixOS system sets, as defaults a configuration (or an editor's defaultEditor) overrides:
# nano as the editor, less as the pager.
{ lib, ... }:
{
  environment.variables = {
    EDITOR = lib.mkDefault "nano";
    PAGER = lib.mkDefault "less";
  };
}
