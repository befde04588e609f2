{
  outputs = { self }: { x = import @DIR@/data/v.nix; };
}
