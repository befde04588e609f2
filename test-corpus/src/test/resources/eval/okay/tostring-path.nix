toString /foo/bar
