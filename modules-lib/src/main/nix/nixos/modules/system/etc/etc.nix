# environment.etc: the files of /etc, and system.build.etc, the folder made of them (its `etc` subfolder is
# the system's /etc). Files with a mode other than "symlink" are copies, their owners and modes recorded for
# the image writer (org.nixj.build.files.TreeBuilder). The folders of environment.etcFromPackages (the
# packages' own /etc files, see ../debian.nix) are linked file by file wherever environment.etc gives nothing.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;

  # A user or group as the etc entries give it ("+0", or a name the configuration declares).
  idOf = kind: ids: name:
    if lib.hasPrefix "+" name then lib.toInt (lib.removePrefix "+" name)
    else ids.${name} or (throw "environment.etc: ${kind} '${name}' is not declared in users.${kind}s");
  uids = lib.mapAttrs (_: user: user.uid) (lib.filterAttrs (_: user: user.uid != null) config.users.users);
  gids = lib.mapAttrs (_: group: group.gid) (lib.filterAttrs (_: group: group.gid != null) config.users.groups);

  entry = file: {
    path = "etc/${file.target}";
    source = toString file.source;
    inherit (file) mode;
  } // lib.optionalAttrs (file.mode != "symlink" && file.mode != "direct-symlink") {
    uid = if file.user != "+${toString file.uid}" then idOf "user" uids file.user else file.uid;
    gid = if file.group != "+${toString file.gid}" then idOf "group" gids file.group else file.gid;
  };

  etc = pkgs.nixjTree {
    name = "etc";
    entries = map entry (lib.sortOn (file: file.target) (lib.filter (file: file.enable) (lib.attrValues config.environment.etc)))
      ++ map (folder: { path = "etc"; merge = folder; }) config.environment.etcFromPackages;
  };

  fileOptions = { name, config, options, ... }: {
    options = {
      enable = mkOption {
        type = types.bool;
        default = true;
        description = "Whether the file is made.";
      };
      target = mkOption {
        type = types.str;
        description = "The file's path under /etc; by default the attribute's name.";
      };
      text = mkOption {
        type = types.nullOr types.lines;
        default = null;
        description = "The file's contents.";
      };
      source = mkOption {
        type = types.path;
        description = "The file (or directory) linked or copied to /etc.";
      };
      mode = mkOption {
        type = types.str;
        default = "symlink";
        example = "0600";
        description = "`symlink` to link the file, else the mode of a copy of it.";
      };
      uid = mkOption { type = types.int; default = 0; description = "The owner of a copied file."; };
      gid = mkOption { type = types.int; default = 0; description = "The group of a copied file."; };
      user = mkOption { type = types.str; default = "+${toString config.uid}"; description = "The owner of a copied file, by name."; };
      group = mkOption { type = types.str; default = "+${toString config.gid}"; description = "The group of a copied file, by name."; };
    };

    config = {
      target = lib.mkDefault name;
      # A file given as text is written to the store as etc-<its name, slashes made dashes>, as in NixOS.
      source = lib.mkIf (config.text != null) (lib.mkDerivedConfig options.text
        (pkgs.writeText "etc-${lib.replaceStrings [ "/" ] [ "-" ] name}"));
    };
  };
in
{
  config.system.build.etc = etc;

  options.environment.etcFromPackages = mkOption {
    type = types.listOf types.str;
    default = [ ];
    internal = true;
    description = ''
      Store folders whose files /etc links where environment.etc gives none (the first folder wins); a folder
      that does not exist adds nothing.
    '';
  };

  options.environment.etc = mkOption {
    type = types.attrsOf (types.submodule fileOptions);
    default = { };
    example = { "hosts".text = "127.0.0.1 localhost"; };
    description = "Files of /etc, by path.";
  };
}
