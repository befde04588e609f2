{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ({ options, ... }: { v = options.v.declarations; })
  ];
  read = r: r.config.v;
}
