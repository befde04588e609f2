# Found through -I nix=..., before the copy Nix serves itself.
"from the search path"
