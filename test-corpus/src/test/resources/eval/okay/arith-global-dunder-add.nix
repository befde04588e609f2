__add 1 2
