{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; }; }; }
    { a = 1; }
  ];
  read = r: r.options.a.highestPrio;
}
