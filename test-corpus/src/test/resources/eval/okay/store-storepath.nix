builtins.storePath "/nix/store/7g5giqf764p3y3zv7a8rqsy9sqqq5kw4-a.drv"
