dirOf "/a"
