builtins.fetchMercurial "https://example.org/repo"
