{ lib }:
with lib;
{
  modules = [

  ];
  read = r: r.graph;
}
