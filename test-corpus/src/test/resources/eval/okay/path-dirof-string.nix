dirOf "/a/b/c"
