{
  outputs = { self }: { x = 21; };
}
