foo/bar
