{
  inputs.a = { type = "path"; path = "@DIR@/a"; };
  outputs = { self, a }: { x = a.value + 1; };
}
