git+ssh://git@github.com:NixOS/nix.git
