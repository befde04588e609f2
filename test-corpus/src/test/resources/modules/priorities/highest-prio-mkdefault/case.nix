{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; default = 1; }; }; }
    { a = mkDefault 3; }
  ];
  read = r: r.options.a.highestPrio;
}
