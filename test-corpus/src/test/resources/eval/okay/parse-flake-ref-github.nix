# The example of the Nix manual's entry for builtins.parseFlakeRef.
builtins.parseFlakeRef "github:NixOS/nixpkgs/23.05?dir=lib"
