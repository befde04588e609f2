import ../data/dir/sub
