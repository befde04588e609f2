{
  inputs.foo.url = "flake:foo";
  outputs = { self, foo }: { x = foo.value; };
}
