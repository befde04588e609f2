{
  inputs.a = { type = "path"; path = "@DIR@/a"; colour = "blue"; };
  outputs = { self, a }: { x = 1; };
}
