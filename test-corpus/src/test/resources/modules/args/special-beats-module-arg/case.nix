{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ({ greeting, ... }: { v = greeting; })
    { _module.args.greeting = "module"; }
  ];
  read = r: r.config.v;
  specialArgs.greeting = "special";
}
