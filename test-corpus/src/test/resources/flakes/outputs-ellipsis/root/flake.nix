{
  inputs.a.url = "path:@DIR@/a";
  inputs.b.url = "path:@DIR@/b";
  outputs = { self, ... }@inputs: { x = builtins.attrNames inputs; };
}
