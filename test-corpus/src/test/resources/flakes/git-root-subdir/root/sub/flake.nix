{
  outputs = { self }: { x = self.sourceInfo ? rev; };
}
