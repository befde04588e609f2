../data/../data/hello.txt
