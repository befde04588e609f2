{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ({ extendModules, ... }: { v = builtins.isFunction extendModules; })
  ];
  read = r: r.config.v;
}
