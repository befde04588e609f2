builtins.fetchGit { url = toString ../data/fetch; submodules = true; }
