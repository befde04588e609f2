{
  inputs.a.url = "path:@DIR@/a";
  inputs.b.url = "path:@DIR@/b";
  outputs = { self, a, b }: { x = [ a.name b.name ]; };
}
