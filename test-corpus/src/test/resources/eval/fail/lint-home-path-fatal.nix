~/foo
