{
  inputs.c.url = "path:@DIR@/c";
  inputs.a.url = "path:@DIR@/a";
  inputs.a.inputs.c.follows = "c";
  outputs = { self, a, c }: { x = a.c; };
}
