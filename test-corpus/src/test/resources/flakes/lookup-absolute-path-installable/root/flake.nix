{
  outputs = { self }: { x = "by absolute path"; };
}
