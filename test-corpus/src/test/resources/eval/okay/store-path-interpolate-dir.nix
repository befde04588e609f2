"${./../data/dir}"
