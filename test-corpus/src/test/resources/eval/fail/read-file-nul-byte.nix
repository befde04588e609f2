# A Nix string cannot hold a NUL byte: readFile refuses a file with one (2.8 and current Nix alike).
builtins.readFile ../data/nul-byte.bin
