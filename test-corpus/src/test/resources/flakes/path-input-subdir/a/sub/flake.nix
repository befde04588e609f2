{
  outputs = { self }: { name = "a/sub"; here = builtins.readFile ./here.txt; };
}
