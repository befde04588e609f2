{
  inputs.c.url = "path:@DIR@/c";
  inputs.a.url = "path:@DIR@/a";
  inputs.a.inputs.c.follows = "c";
  inputs.b.follows = "a";
  outputs = { self, a, c, b }: { x = 1; };
}
