{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; }; }; }
    { a = mkForce 1; }
    { a = 2; }
  ];
  read = r: r.options.a.highestPrio;
}
