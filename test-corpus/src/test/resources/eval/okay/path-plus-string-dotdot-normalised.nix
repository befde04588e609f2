/foo/bar + "/../baz"
