{ a ? 1, ... }@args: args
