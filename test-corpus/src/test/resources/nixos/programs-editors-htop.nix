# Editors and htop: nano is there by default and is EDITOR at NixOS's priority 900, so programs.vim's
# defaultEditor and a plain definition both win over it; pkgs.vim has nixpkgs' program names (vim, vi) for
# Debian's vim-tiny; nanorc with syntax highlighting; htop's settings in /etc/htoprc.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  names = c: map (p: p.pname or p.name) c.environment.systemPackages;
  plain = n.config [ n.machine ];
  vim = n.config [ n.machine { programs.vim.defaultEditor = true; } ];
  mine = n.config [ n.machine { environment.variables.EDITOR = "ed"; programs.nano = { syntaxHighlight = true; nanorc = "set nowrap\n"; }; } ];
  noNano = n.config [ n.machine { programs.nano.enable = false; } ];
  htop = n.config [ n.machine { programs.htop = { enable = true; settings = { hide_kernel_threads = true; delay = 15; fields = [ 0 48 17 ]; color_scheme = "6"; }; }; } ];
  strip = builtins.unsafeDiscardStringContext;
in
{
  editor = { plain = plain.environment.variables.EDITOR; vim = vim.environment.variables.EDITOR; mine = mine.environment.variables.EDITOR; noNano = noNano.environment.variables.EDITOR or null; };
  packages = { plain = builtins.elem "nano" (names plain); vim = builtins.elem "vim" (names vim); noNano = builtins.elem "nano" (names noNano); };
  vimLinks = map (e: { inherit (e) path; target = n.lib.last (n.lib.splitString "/" e.target); }) n.flake.legacyPackages.x86_64-linux.vim.entries;
  nanorc = n.lib.replaceStrings [ (strip "${mine.programs.nano.package}") ] [ "NANO" ] (strip mine.environment.etc.nanorc.text);
  htoprc = htop.environment.etc.htoprc.text;
}
