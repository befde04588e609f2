{
  inputs.a.url = "path:@DIR@/a";
  outputs = { self, a }: { x = 1; y = a.value; };
}
