{
  inputs.a.url = "path:@DIR@/a";
  inputs.a.inputs.c.follows = "nope";
  outputs = { self, a }: { x = a.c; };
}
