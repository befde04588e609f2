{ a, b ? a }: b
