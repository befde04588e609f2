{
  outputs = { self }: { x = "by path"; };
}
