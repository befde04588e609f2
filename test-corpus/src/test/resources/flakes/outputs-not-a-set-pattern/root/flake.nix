{
  inputs.a.url = "path:@DIR@/a";
  outputs = inputs: { x = builtins.attrNames inputs; };
}
