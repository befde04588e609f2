# programs.neovim: Debian's Neovim in the system through a package of its names (nvim, and vi and vim on
# request), EDITOR=nvim as the default editor at NixOS's editor priority (a plain EDITOR wins), customRC as
# /etc/xdg/nvim/sysinit.vim and runtime files beside it; plugins are refused.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  c = n.config [ n.machine {
    programs.neovim = { enable = true; defaultEditor = true; viAlias = true; vimAlias = true; configure.customRC = "set number"; runtime."ftplugin/c.vim".text = "setlocal cindent"; };
  } ];
  plain = n.config [ n.machine { programs.neovim = { enable = true; defaultEditor = true; }; environment.variables.EDITOR = "ed"; } ];
  plugins = n.config [ n.machine { programs.neovim = { enable = true; configure.packages.mine.start = [ ]; }; } ];
  failed = config: map (a: a.message) (builtins.filter (a: !a.assertion) config.assertions);
in
{
  programs = map (e: e.path) c.programs.neovim.finalPackage.entries;
  inSystem = builtins.elem c.programs.neovim.finalPackage c.environment.systemPackages;
  mainProgram = c.programs.neovim.finalPackage.meta.mainProgram;
  editor = c.environment.variables.EDITOR;
  plainEditor = plain.environment.variables.EDITOR;
  sysinit = c.environment.etc."xdg/nvim/sysinit.vim".text;
  runtime = c.environment.etc."xdg/nvim/ftplugin/c.vim".text;
  refused = failed plugins;
}
