{
  inputs.a.url = "path:@DIR@/a";
  inputs.b.follows = "a";
  outputs = { self, a, b }: { x = [ a.name b.name ]; };
}
