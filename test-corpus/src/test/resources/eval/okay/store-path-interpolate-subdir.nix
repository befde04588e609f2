"${./../data/dir/sub}"
