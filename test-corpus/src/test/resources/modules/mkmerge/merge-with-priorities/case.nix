{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; }; }; }
    { a = mkMerge [ (mkDefault 1) (mkForce 2) 3 ]; }
  ];
  read = r: r.config.a;
}
