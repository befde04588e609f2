{ lib }:
with lib;
{
  modules = [

  ];
  read = r: r.class;
  class = "demo";
}
