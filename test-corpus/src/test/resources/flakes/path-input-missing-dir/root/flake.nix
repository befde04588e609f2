{
  inputs.a.url = "path:@DIR@/nowhere";
  outputs = { self, a }: { x = 1; };
}
