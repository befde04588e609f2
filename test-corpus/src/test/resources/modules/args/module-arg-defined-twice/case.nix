{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ({ x, ... }: { v = x; })
    { _module.args.x = 1; }
    { _module.args.x = 2; }
  ];
  read = r: r.config.v;
}
