{
  inputs.c.url = "path:/nonexistent-c";
  outputs = { self, c }: { name = "a"; c = c.name; };
}
