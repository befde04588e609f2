{
  inputs.c.url = "path:@DIR@/c";
  inputs.e.follows = "c";
  outputs = { self, c, e }: { names = [ c.name e.name ]; };
}
