/foo/bar
