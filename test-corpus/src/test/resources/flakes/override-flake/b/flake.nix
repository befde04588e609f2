{
  outputs = { self }: { value = "from the registry"; };
}
