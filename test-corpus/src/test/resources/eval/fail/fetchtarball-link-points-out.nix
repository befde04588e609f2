fetchTarball "file://${toString ../data/fetch/link-out.tar.bz2}"
