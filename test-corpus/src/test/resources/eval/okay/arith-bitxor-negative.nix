builtins.bitXor (-1) 0
