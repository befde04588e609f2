"${./../data/hello.txt}"
