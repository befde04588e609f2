{
  description = "a flake with a description";
  outputs = { self }: { x = 1; };
}
