builtins.convertHash { hash = "5d41402abc4b2a76b9719d911017c592"; hashAlgo = "md5"; toHashFormat = "base32"; }
