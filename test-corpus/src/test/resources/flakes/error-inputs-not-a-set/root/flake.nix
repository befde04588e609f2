{
  inputs = "a";
  outputs = { self }: { x = 1; };
}
