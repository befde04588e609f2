{
  outputs = { self }: { x = { b = 1; a = 2; }; };
}
