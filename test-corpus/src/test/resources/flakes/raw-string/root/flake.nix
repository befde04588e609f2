{
  outputs = { self }: { x = "line one\nline two"; };
}
