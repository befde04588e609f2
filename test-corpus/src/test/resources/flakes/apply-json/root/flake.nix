{
  outputs = { self }: { x = [ 1 2 3 ]; };
}
