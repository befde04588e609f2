{
  outputs = { self }: { x = self.narHash; };
}
