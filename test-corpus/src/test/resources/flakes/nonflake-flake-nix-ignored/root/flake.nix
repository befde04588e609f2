{
  inputs.d = {
    url = "path:@DIR@/d";
    flake = false;
  };
  outputs = { self, d }: { x = builtins.readFile (d + "/data.txt"); };
}
