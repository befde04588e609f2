baseNameOf ../data/hello.txt
