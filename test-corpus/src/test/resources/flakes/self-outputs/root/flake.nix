{
  outputs = { self }: { x = builtins.attrNames self.outputs; y = self.outputs.z + 1; z = 1; };
}
