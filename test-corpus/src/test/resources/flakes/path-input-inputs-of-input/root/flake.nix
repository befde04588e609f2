{
  inputs.a.url = "path:@DIR@/a";
  outputs = { self, a }: { x = [ a.name a.inputs.c.name (builtins.attrNames a.inputs) ]; };
}
