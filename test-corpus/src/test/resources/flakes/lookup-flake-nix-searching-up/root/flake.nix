{
  outputs = { self }: { x = "found above"; };
}
