{
  outputs = { self }: { x = builtins.currentTime > 0; };
}
