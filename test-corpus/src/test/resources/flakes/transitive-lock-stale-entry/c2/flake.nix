{
  outputs = { self }: { name = "c2"; };
}
