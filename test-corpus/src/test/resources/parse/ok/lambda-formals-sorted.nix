{ z, a, m }: a
