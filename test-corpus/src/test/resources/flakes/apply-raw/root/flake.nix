{
  outputs = { self }: { x = "hi"; };
}
