{
  outputs = { self }: { "a.b" = "quoted"; a.b = "nested"; };
}
