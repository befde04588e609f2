({ a ? b, b }: a) { b = "later"; }
