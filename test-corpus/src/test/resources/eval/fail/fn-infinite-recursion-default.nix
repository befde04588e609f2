({ zq ? zr, zr ? zq }: zq) { }
