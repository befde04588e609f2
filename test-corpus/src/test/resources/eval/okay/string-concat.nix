"foo" + "bar"
