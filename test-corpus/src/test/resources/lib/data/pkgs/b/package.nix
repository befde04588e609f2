{ a ? null }: { name = "b"; }
