(args@{ a ? 1 }: a) { }
