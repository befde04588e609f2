a: b: !a // b
