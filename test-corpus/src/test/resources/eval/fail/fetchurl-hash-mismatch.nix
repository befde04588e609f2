builtins.fetchurl {
  url = "file://${toString ../data/fetch/hello.txt}";
  sha256 = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
}
