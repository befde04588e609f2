{
  inputs.a.url = "path:@DIR@/a";
  outputs = { self, a }: { x = builtins.attrNames a.sourceInfo; };
}
