# flakeRefToString undoes parseFlakeRef for references already in their URL form.
map (r: builtins.flakeRefToString (builtins.parseFlakeRef r)) [
  "github:NixOS/nixpkgs/nixos-24.05"
  "git+https://example.org/r.git?ref=main"
  "path:/srv/flake"
  "flake:nixpkgs"
]
