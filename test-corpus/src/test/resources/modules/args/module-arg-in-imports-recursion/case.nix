{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ({ extra, ... }: { imports = [ extra ]; })
    { _module.args.extra = { v = 1; }; }
  ];
  read = r: r.config.v;
}
