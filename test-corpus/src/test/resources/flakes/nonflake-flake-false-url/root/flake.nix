{
  inputs.d.url = "path:@DIR@/d";
  inputs.d.flake = false;
  outputs = { self, d }: { x = builtins.pathExists "${d}/lib.nix"; };
}
