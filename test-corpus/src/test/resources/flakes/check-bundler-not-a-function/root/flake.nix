{
  outputs = { self }: {
    bundlers.x86_64-linux.toy = 1;
  };
}
