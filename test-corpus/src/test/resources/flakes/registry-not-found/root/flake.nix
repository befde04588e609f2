{
  inputs.baz.url = "flake:baz";
  outputs = { self, baz }: { x = baz.value; };
}
