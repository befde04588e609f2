baseNameOf "/a/b/c.txt"
