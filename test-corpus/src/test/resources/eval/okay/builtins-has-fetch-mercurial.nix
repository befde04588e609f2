builtins ? fetchMercurial
