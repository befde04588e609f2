{
  inputs.d.url = "path:@DIR@/d";
  outputs = { self, d }: { x = 1; };
}
