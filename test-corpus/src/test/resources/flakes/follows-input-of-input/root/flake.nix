{
  inputs.a.url = "path:@DIR@/a";
  inputs.b.follows = "a/c";
  outputs = { self, a, b }: { x = b.name; };
}
