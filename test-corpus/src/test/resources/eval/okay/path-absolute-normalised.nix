/foo/./bar/../baz
