{
  outputs = { self }: { x = throw "boom"; };
}
