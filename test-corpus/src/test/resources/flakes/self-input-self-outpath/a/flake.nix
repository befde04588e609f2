{
  outputs = { self }: { me = self.outPath; };
}
