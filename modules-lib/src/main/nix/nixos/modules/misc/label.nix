# system.nixos.label: how boot menus and file names name this system; the sorted tags, then the version.
{ config, lib, ... }:
let
  cfg = config.system.nixos;
  # An environment variable when it is set, else `default` (NixOS's NIXOS_LABEL and NIXOS_LABEL_VERSION).
  fromEnvironmentOr = name: default:
    # Pure evaluation gives "" (nixj hides getEnv there, hence the `or`).
    let value = (builtins.getEnv or (_: "")) name; in if value == "" then default else value;
in
{
  options.system.nixos = {
    label = lib.mkOption {
      type = lib.types.strMatching "[a-zA-Z0-9:_\\.-]*";
      description = ''
        The label of this system in boot menus and image names: by default the tags, sorted, and the
        version, joined with `-`; the environment variable NIXOS_LABEL replaces it, NIXOS_LABEL_VERSION
        replaces the version in it.
      '';
    };

    tags = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      example = [ "with-xen" ];
      description = "Words put before the version in system.nixos.label.";
    };
  };

  config.system.nixos.label = lib.mkDefault (fromEnvironmentOr "NIXOS_LABEL"
    (lib.concatStringsSep "-" (lib.sort (a: b: a < b) cfg.tags ++ [ (fromEnvironmentOr "NIXOS_LABEL_VERSION" cfg.version) ])));
}
