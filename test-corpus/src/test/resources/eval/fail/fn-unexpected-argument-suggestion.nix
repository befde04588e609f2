let f = { alpha, beta }: alpha; in f { alpha = 1; beta = 2; alpah = 3; }
