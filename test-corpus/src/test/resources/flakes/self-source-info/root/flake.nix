{
  outputs = { self }: { x = self.sourceInfo; };
}
