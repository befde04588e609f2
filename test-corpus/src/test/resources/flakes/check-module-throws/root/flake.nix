{
  outputs = { self }: {
    nixosModules.broken = throw "this module does not evaluate";
  };
}
