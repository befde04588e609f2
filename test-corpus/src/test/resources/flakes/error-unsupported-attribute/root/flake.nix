{
  outputs = { self }: { x = 1; };
  foo = 1;
}
