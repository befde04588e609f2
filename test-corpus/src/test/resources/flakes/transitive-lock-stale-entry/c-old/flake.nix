{
  outputs = { self }: { name = "c-old"; };
}
