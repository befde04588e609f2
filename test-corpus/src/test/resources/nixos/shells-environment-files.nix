# The shells' start-up files: /etc/set-environment exports environment.variables (lists joined, sessionVariables
# too) and runs extraInit; /etc/profile (login shells) has Debian's PATH, reads set-environment once, then the
# shell and login init and the packages' profile.d scripts; /etc/bash.bashrc (interactive bash, and commands
# sshd runs) reads the profile when no parent did, then the interactive init, the prompt and the aliases
# (NixOS's three by default, null removes one, programs.bash.shellAliases wins). Without completion, no
# bash-completion package.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  c = n.config [ n.machine {
    environment.variables = { EDITOR = "nano"; MANPATH = [ "/a" "/b" ]; };
    environment.sessionVariables.LANGUAGE = "en";
    environment.extraInit = "umask 022";
    environment.shellInit = "echo shell-init";
    environment.loginShellInit = "echo login-init";
    environment.interactiveShellInit = "echo interactive-init";
    environment.shellAliases = { ls = null; gs = "git status --short"; q = "echo 'it''s'"; };
    programs.bash.shellAliases.ll = "ls -la";
  } ];
  noCompletion = n.config [ n.machine { programs.bash.completion.enable = false; } ];
  lines = text: builtins.filter (line: line != "") (n.lib.splitString "\n" text);
in
{
  setEnvironment = lines c.system.build.setEnvironment.text;
  setEnvironmentFile = c.environment.etc."set-environment".source == c.system.build.setEnvironment;
  profile = lines c.environment.etc.profile.text;
  bashrc = lines c.environment.etc."bash.bashrc".text;
  completionPackage = {
    on = builtins.elem "bash-completion" (map (p: p.pname or p.name) c.environment.systemPackages);
    off = builtins.elem "bash-completion" (map (p: p.pname or p.name) noCompletion.environment.systemPackages);
  };
}
