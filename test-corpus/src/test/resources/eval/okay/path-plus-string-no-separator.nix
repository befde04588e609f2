/foo + "bar"
