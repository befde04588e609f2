{
  outputs = { self }: { x = builtins ? currentSystem; };
}
