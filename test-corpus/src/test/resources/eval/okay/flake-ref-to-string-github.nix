# The example of the Nix manual's entry for builtins.flakeRefToString.
builtins.flakeRefToString { dir = "lib"; owner = "NixOS"; ref = "23.05"; repo = "nixpkgs"; type = "github"; }
