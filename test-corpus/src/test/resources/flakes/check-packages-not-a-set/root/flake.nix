{
  outputs = { self }: {
    packages.x86_64-linux = 42;
  };
}
