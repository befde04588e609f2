{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ({ config, ... }: { v = mkIf (config.w == 2) "w is two"; })
    { options.w = mkOption { default = 2; }; }
  ];
  read = r: r.config.v;
}
