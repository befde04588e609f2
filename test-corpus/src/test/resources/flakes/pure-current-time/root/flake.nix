{
  outputs = { self }: { x = builtins.currentTime; };
}
