builtins.fetchTree { type = "tarball"; url = "file://${toString ../data/fetch/tree.tar.gz}"; }
