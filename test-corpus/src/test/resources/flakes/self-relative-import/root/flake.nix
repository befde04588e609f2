{
  outputs = { self }: { x = (import ./lib.nix).v; };
}
