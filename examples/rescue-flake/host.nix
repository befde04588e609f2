# The options of a small host: its name, users with SSH keys, and an SSH port with a checked range.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
in
{
  options.host = {
    name = mkOption {
      type = types.strMatching "[a-z][a-z0-9-]*";
      description = "The host's name.";
    };
    sshPort = mkOption {
      type = types.port;
      default = 22;
      description = "The port sshd listens on.";
    };
    users = mkOption {
      type = types.attrsOf (types.submodule ({ name, ... }: {
        options = {
          keys = mkOption {
            type = types.listOf types.str;
            default = [ ];
            description = "SSH public keys that may log in as this user.";
          };
          home = mkOption {
            type = types.str;
            default = "/home/${name}";
            description = "The user's home directory.";
          };
        };
      }));
      default = { };
      description = "The host's users.";
    };
    summary = mkOption {
      type = types.str;
      readOnly = true;
      description = "One line about the host.";
    };
  };

  config.host.summary = "${config.host.name}: ssh on port ${toString config.host.sshPort}, users "
    + lib.concatStringsSep ", " (lib.attrNames config.host.users);
}
