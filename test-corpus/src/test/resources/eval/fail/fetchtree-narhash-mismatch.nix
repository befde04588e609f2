builtins.fetchTree { type = "file"; url = "file://${toString ../data/fetch/hello.txt}"; narHash = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="; }
