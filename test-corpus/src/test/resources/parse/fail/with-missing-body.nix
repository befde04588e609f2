s: with s;
