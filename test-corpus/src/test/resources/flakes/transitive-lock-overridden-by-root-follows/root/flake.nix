{
  inputs.a.url = "path:@DIR@/a";
  inputs.c2.url = "path:@DIR@/c2";
  inputs.a.inputs.c.follows = "c2";
  outputs = { self, a, c2 }: { x = a.c; };
}
