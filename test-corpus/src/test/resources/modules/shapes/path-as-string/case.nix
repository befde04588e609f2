{ lib }:
with lib;
{
  modules = [
    (toString ./m.nix)
  ];
  read = r: r.config.v;
}
