{
  outputs = { self }: { value = 41; };
}
