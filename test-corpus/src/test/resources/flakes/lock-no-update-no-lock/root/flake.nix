{
  inputs.a.url = "path:@DIR@/a";
  outputs = { self, a }: { x = a.name; };
}
