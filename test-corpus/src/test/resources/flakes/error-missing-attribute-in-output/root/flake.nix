{
  outputs = { self }: {
    x = { }.y;
  };
}
