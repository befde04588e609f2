# programs.fish: /etc/fish/config.fish takes the system's environment and the POSIX init parts (in
# /etc/fish/foreign-env) through bash, then fish's own init parts, abbreviations and aliases (NixOS's default
# ones and environment.shellAliases, fish's own winning); fish is a login shell in /etc/shells. A user whose
# shell is fish without programs.fish is refused as in NixOS, unless ignoreShellProgramCheck.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  c = n.config [ n.machine {
    programs.fish = { enable = true; shellAbbrs.gco = "git checkout"; shellAliases.ll = "ls -la"; shellInit = "set -gx FISHY 1"; loginShellInit = "echo login"; interactiveShellInit = "echo interactive"; };
    environment.shellAliases.gs = "git status";
    environment.interactiveShellInit = "echo posix-interactive";
  } ];
  lines = text: builtins.filter (line: line != "") (map n.lib.trim (n.lib.splitString "\n" text));
  storeless = builtins.replaceStrings [ builtins.storeDir ] [ "<store>" ];
  failed = config: map (a: a.message) (builtins.filter (a: !a.assertion) config.assertions);
  fishUser = extra: n.config [ n.machine ({ pkgs, ... }: { users.users.alice = { isNormalUser = true; shell = pkgs.fish; } // extra; }) ];
in
{
  config = lines (storeless c.environment.etc."fish/config.fish".text);
  foreignEnv = c.environment.etc."fish/foreign-env/interactiveShellInit".text;
  shells = builtins.elem "/run/current-system/sw/bin/fish" c.environment.shells;
  pathsToLink = builtins.filter (n.lib.hasPrefix "/share/fish") c.environment.pathsToLink;
  refused = failed (fishUser { });
  ignored = failed (fishUser { ignoreShellProgramCheck = true; });
}
