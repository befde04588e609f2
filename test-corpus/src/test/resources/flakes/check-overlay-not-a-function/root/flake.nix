{
  outputs = { self }: {
    overlays.default = { };
  };
}
