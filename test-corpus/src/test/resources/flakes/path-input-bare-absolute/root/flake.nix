{
  inputs.a.url = "@DIR@/a";
  outputs = { self, a }: { x = a.name; };
}
