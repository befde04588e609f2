{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    { imports = [ { _type = "configuration"; } ]; }
  ];
  read = r: r.config.l;
}
