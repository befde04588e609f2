{
  inputs.d = {
    url = "path:@DIR@/d";
    flake = false;
  };
  inputs.e.follows = "d";
  outputs = { self, d, e }: { x = builtins.readFile (e + "/data.txt"); };
}
