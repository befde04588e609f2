import <nix/fetchurl.nix>
