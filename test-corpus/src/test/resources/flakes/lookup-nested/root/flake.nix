{
  outputs = { self }: { a.b.c = "nested"; };
}
