fetchTarball {
  url = "file://${toString ../data/fetch/tree.tar.gz}";
  name = "my-tree";
  sha256 = "1pxi0jkq8lmsd5aly7gwrp7xb76qfkq4kg338hk929n78ryd52cc";
}
