{ lib }:
with lib;
{
  modules = [
    { options = { a = mkOption { type = types.int; }; }; }
  ];
  read = r: r.options.a.isDefined;
}
