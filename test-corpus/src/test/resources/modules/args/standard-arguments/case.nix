{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    (args@{ ... }: { v = builtins.attrNames args; })
  ];
  read = r: r.config.v;
}
