"${./../data/hello.txt}" == "${./../data/hello.txt}"
