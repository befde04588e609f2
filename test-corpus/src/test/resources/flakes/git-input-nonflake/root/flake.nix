{
  inputs.a = { url = "git+file://@DIR@/a"; flake = false; };
  outputs = { self, a }: { x = builtins.readFile (a + "/data.txt"); };
}
