{ lib }:
with lib;
{
  modules = [
    { options.a = mkOption { type = types.int; }; }
    { a = mkDefinition { file = "elsewhere.nix"; value = mkForce 1; }; }
    { a = 2; }
  ];
  read = r: { inherit (r.options.a) files highestPrio; v = r.config.a; };
}
