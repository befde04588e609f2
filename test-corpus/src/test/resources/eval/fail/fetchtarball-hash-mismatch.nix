fetchTarball {
  url = "file://${toString ../data/fetch/tree.tar.gz}";
  sha256 = "0000000000000000000000000000000000000000000000000000";
}
