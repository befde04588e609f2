"line1\nline2\n"
