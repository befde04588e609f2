{
  outputs = { self }: {
    packages.linux.hello = { type = "derivation"; name = "hello"; };
  };
}
