{
  outputs = { self }: { x = { s = "str\n\"q\""; i = -3; f = 1.5; b = true; n = null; l = [ 1 "two" [ ] { } ]; }; };
}
