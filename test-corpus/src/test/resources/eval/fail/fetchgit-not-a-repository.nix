builtins.fetchGit (toString ../data/fetch)
