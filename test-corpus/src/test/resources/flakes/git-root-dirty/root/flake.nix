{
  outputs = { self }: { x = { rev = self ? rev; dirty = self ? dirtyRev; }; };
}
