{
  inputs.a.url = "bogus:thing";
  outputs = { self, a }: { x = 1; };
}
