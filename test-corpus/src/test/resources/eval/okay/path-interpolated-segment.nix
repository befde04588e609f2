let n = "hello.txt"; in ../data/${n}
