a: a."b c"
