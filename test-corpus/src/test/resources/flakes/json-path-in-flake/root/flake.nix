{
  outputs = { self }: { x = [ ./data.txt self.outPath ]; };
}
