# The manual's command (seed 000): nixos/default.nix takes the configuration from <nixos-config>, given with -I.
{ nixpkgs }:
let
  s = import (nixpkgs + "/nixos") { system = "x86_64-linux"; };
in
{ vol = s.config.isoImage.volumeID; file = s.config.image.filePath; }
