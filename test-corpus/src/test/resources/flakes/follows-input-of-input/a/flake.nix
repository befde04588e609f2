{
  inputs.c.url = "path:@DIR@/c";
  outputs = { self, c }: { };
}
