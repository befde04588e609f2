{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { default = null; }; options.w = mkOption { default = null; }; }
    { key = "named"; v = 1; }
  ];
  read = r: map (n: n.key) r.graph;
}
