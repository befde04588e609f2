# zsh's start-up files in /etc/zsh (where Debian's zsh reads them): zshenv reads /etc/set-environment once per
# session after Debian's PATH, zprofile has the login init, zshrc the history settings, options, completion,
# interactive init, aliases (by default environment.shellAliases; programs.zsh's win) and the prompt. Nothing
# without programs.zsh.enable.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  c = n.config [ n.machine {
    programs.zsh = { enable = true; enableCompletion = false; histSize = 10000; shellAliases.ll = "ls -la"; shellInit = "echo zsh-init"; };
    environment.loginShellInit = "echo login-init";
    environment.interactiveShellInit = "echo interactive-init";
  } ];
  plain = n.config [ n.machine ];
  lines = text: builtins.filter (line: line != "") (n.lib.splitString "\n" text);
in
{
  zshenv = lines c.environment.etc."zsh/zshenv".text;
  zprofile = lines c.environment.etc."zsh/zprofile".text;
  zshrc = lines c.environment.etc."zsh/zshrc".text;
  shells = map builtins.unsafeDiscardStringContext (map toString c.environment.shells);
  plain = plain.environment.etc ? "zsh/zshrc";
}
