{
  outputs = { self }: { x = builtins.attrNames self; y = 1; };
}
