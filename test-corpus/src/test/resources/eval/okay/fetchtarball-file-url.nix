fetchTarball "file://${toString ../data/fetch/tree.tar.gz}"
