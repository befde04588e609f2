{
  outputs = { self }: { value = "from the override"; };
}
