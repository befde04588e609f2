{
  outputs = { self }: {
    overlays.default = { final, prev }: { };
  };
}
