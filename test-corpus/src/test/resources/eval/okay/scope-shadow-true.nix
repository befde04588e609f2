let true = 0; in true
