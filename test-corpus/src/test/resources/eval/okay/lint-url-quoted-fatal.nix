"https://example.org/a"
