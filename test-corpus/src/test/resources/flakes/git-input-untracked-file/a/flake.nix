{
  outputs = { self }: { name = "git a"; };
}
