{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; }; }; }
    { a = mkOverride 10 (mkOverride 20 4); }
  ];
  read = r: r.options.a.highestPrio;
}
