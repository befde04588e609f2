{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    (args: { v = args ? greeting; })
  ];
  read = r: r.config.v;
  specialArgs.greeting = "hi";
}
