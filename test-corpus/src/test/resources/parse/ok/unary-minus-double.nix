a: - -a
