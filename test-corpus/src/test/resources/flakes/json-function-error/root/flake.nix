{
  outputs = { self }: { x = { f = y: y; }; };
}
