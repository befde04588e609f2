{
  outputs = { self }: { name = "c"; };
}
