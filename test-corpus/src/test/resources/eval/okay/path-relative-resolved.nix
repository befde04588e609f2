../data/hello.txt
