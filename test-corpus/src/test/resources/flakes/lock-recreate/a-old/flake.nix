{
  outputs = { self }: { name = "a-old"; };
}
