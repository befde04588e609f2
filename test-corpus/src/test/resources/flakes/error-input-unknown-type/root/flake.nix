{
  inputs.a = { type = "carrier-pigeon"; };
  outputs = { self, a }: { x = 1; };
}
