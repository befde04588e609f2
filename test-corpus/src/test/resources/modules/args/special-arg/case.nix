{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ({ greeting, ... }: { v = greeting; })
  ];
  read = r: r.config.v;
  specialArgs.greeting = "hello";
}
