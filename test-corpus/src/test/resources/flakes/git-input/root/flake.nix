{
  inputs.a.url = "git+file://@DIR@/a";
  outputs = { self, a }: { x = a.name; };
}
