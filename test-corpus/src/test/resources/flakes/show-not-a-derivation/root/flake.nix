{
  outputs = { self }: {
    packages.x86_64-linux = { hello = { type = "derivation"; name = "hello"; }; notDrv = { x = 1; }; };
  };
}
