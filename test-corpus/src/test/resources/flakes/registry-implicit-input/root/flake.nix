{
  outputs = { self, foo }: { x = foo.value; };
}
