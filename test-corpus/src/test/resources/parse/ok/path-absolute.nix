/a
