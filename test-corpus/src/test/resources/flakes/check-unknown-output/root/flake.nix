{
  outputs = { self }: {
    myOutput = 1;
    lib = { };
  };
}
