{ a, b ? 1, ... }@args: a
