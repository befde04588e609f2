{
  outputs = { self }: { x = { b = [ 1 2 ]; a = "s"; c = null; }; };
}
