{
  outputs = { self }: {
    packages = 42;
  };
}
