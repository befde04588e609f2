{
  inputs.a.url = "git+file://@DIR@/a";
  outputs = { self, a }: { x = { extra = builtins.pathExists (a + "/extra.txt"); flake = builtins.pathExists (a + "/flake.nix"); }; };
}
