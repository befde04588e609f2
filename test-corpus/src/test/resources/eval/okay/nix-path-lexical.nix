# A lexical __nixPath is the search path the builtin findFile is given.
let __nixPath = [ { prefix = "d"; path = ../data; } ]; in [ (import <d/mul.nix>) (builtins.pathExists <d/hello.txt>) ]
