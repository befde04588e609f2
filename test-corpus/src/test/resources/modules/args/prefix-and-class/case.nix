{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ({ _prefix, _class, ... }: { v = { inherit _prefix _class; }; })
  ];
  read = r: r.config.v;
  class = "demo";
  prefix = [ "top" ];
}
