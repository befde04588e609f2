{
  outputs = { self }: { x = builtins.readFile (self + "/data.txt"); };
}
