{
  inputs.c.url = "path:@DIR@/c2";
  outputs = { self, c }: { c = c.name; };
}
