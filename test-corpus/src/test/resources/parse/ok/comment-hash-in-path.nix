./a#b
