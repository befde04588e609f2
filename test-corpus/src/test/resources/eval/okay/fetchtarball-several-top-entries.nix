let t = fetchTarball "file://${toString ../data/fetch/two-tops.tar.xz}"; in builtins.readDir t
