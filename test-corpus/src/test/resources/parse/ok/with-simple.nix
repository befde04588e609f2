s: with s; x
