{
  inputs.a.url = "path:@DIR@/b";
  outputs = { self, a }: { x = a.name; };
}
