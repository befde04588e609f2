builtins.readFile (builtins.fetchurl { url = "file://${toString ../data/fetch/hello.txt}"; })
