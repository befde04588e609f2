{
  outputs = { self }: { x = builtins.getEnv "HOME" != ""; };
}
