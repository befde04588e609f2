{ a, b, c }: { sum = b + c; }
