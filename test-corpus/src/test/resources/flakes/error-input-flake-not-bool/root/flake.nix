{
  inputs.d = { flake = "no"; url = "path:@DIR@/d"; };
  outputs = { self, d }: { x = 1; };
}
