{
  outputs = { self }: { x = "${self}/flake.nix"; };
}
