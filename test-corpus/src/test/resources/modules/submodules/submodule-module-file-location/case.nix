{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ./a.nix
  ];
  read = r: r.options.s.value.__unused or (builtins.attrNames r.config.s);
}
