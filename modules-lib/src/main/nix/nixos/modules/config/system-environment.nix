# The environment of every login session, graphical ones too: environment.sessionVariables, which pam_env
# sets from /etc/pam/environment (the PAM services' `setEnvironment`), and shells set too.
#
# NixOS also puts PATH there (its security wrappers and the profiles' bin directories); nixj's systems have
# neither wrappers nor profiles' own PATH, and leave PATH to the shells' /etc/profile.
{ config, lib, options, ... }:
{
  options.environment.sessionVariables = lib.mkOption {
    default = { };
    example = { XDG_CONFIG_HOME = "$HOME/.config"; };
    inherit (options.environment.variables) type apply;
    description = ''
      Environment variables of every login session (through PAM), graphical ones too; shells get them as well.
      A list is joined with `:`. PAM's file cannot hold a `"` in a value.
    '';
  };

  # pam_env's syntax, with $HOME and $USER as PAM names them.
  config.environment.etc."pam/environment".text =
    let
      pamValue = builtins.replaceStrings [ "$HOME" "$USER" ] [ "@{HOME}" "@{PAM_USER}" ];
    in
    ''
      ${lib.concatStringsSep "\n" (lib.mapAttrsToList (name: value: ''${name}   DEFAULT="${pamValue value}"'') config.environment.sessionVariables)}
    '';
}
