fetchTarball "file://${toString ../data/fetch/escaping.tar}"
