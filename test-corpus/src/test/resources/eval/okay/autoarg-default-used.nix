{ a ? "default" }: a
