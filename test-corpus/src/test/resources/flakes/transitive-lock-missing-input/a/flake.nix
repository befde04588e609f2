{
  inputs.c.url = "path:@DIR@/c";
  inputs.b.url = "path:@DIR@/b";
  outputs = { self, c, b }: { names = [ c.name b.name ]; };
}
