{
  outputs = { self }: { value = 2; name = "b"; };
}
