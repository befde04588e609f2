{
  inputs.a.url = "path:@DIR@/a";
  inputs.b.follows = "zzz";
  outputs = { self, a, b }: { x = a.name; };
}
