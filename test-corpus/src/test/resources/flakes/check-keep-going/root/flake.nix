{
  outputs = { self }: {
    packages.x86_64-linux.hello = 1;
    overlays.default = { };
    lib = { };
  };
}
