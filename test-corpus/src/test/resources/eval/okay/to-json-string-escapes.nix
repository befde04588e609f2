builtins.toJSON "a\"b\\c\nd\te/f"
