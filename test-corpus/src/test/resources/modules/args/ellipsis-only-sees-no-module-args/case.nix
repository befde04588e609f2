{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    (args: { v = args ? greeting; })
    { _module.args.greeting = "hi"; }
  ];
  read = r: r.config.v;
}
