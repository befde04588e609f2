{
  outputs = { self, foo }: { x = 1; };
}
