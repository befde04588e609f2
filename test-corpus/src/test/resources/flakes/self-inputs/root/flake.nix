{
  inputs.a.url = "path:@DIR@/a";
  inputs.d = {
    url = "path:@DIR@/d";
    flake = false;
  };
  outputs = { self, a, d }: { x = { names = builtins.attrNames self.inputs; same = self.inputs.a.outPath == a.outPath; }; };
}
