{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ({ unused, ... }: { v = "fine"; })
    { _module.args.unused = throw "never evaluated"; }
  ];
  read = r: r.config.v;
}
