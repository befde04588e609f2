{
  outputs = { self }: { x = self.y * 2; y = 21; };
}
