{
  inputs.a.url = "path:@DIR@/a";
  inputs.a.inputs.r.follows = "";
  outputs = { self, a }: { marker = "the root"; x = a.fromRoot; };
}
