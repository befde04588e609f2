# environment.etc: the files of /etc.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;

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
      # A file given as text is written to the store: that needs packages, so reading it fails until then.
      source = lib.mkIf (config.text != null) (lib.mkDerivedConfig options.text
        (text: throw "nixj's bundled nixpkgs has no package 'writeText' yet (environment.etc.\"${name}\".source)"));
    };
  };
in
{
  options.environment.etc = mkOption {
    type = types.attrsOf (types.submodule fileOptions);
    default = { };
    example = { "hosts".text = "127.0.0.1 localhost"; };
    description = "Files of /etc, by path.";
  };
}
