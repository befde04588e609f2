let f = y: z; in f 1
