{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { }; options.n.x = mkOption { }; }
  ];
  read = r: [ (isOption r.options.v) (isOption r.options.n) ];
}
