{
  inputs.a.url = "path:@DIR@/a";
  outputs = { self, ... }: { x = 1; };
}
