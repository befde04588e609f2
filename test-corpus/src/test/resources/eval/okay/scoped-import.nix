builtins.scopedImport { scopeVar = 41; } ../data/scoped.nix
