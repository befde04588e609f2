args@{ a }: args
