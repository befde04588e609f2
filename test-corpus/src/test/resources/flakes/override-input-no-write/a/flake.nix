{
  outputs = { self }: { value = 41; name = "a"; };
}
