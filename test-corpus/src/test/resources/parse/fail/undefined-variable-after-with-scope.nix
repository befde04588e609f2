b: (with b; a) + a
