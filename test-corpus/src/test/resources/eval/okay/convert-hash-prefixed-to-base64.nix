builtins.convertHash { hash = "sha1:aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d"; toHashFormat = "base64"; }
