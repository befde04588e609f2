{
  inputs.nixpkgs.url = "nixpkgs";
  outputs = { self, nixpkgs }: { x = nixpkgs.value; };
}
