"${./../data/dir}/file.txt"
