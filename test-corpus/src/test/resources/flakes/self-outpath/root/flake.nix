{
  outputs = { self }: { x = self.outPath; };
}
