{
  outputs = { self }: {
    overlays.default = self: super: { };
  };
}
