{
  inputs.a.url = "path:@DIR@/a";
  inputs.a.inputs.c.url = "path:@DIR@/c2";
  outputs = { self, a }: { x = a.c; };
}
