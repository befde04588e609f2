{ a b }: a
