builtins.fetchurl "http://127.0.0.1:9/not-allowed.txt"
