{ lib }:
with lib;
{
  modules = [
    { options.l = mkOption { type = types.listOf types.str; }; }
    ./a.nix
    ./b.nix
  ];
  read = r: r.config.l;
}
