{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ({ greeting, ... }: { v = greeting; })
    { _module.args.greeting = "from _module.args"; }
  ];
  read = r: r.config.v;
}
