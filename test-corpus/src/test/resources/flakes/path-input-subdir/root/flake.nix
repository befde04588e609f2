{
  inputs.a.url = "path:@DIR@/a?dir=sub";
  outputs = { self, a }: { x = { inherit (a) name here; top = builtins.readFile (a.outPath + "/../top.txt"); }; };
}
