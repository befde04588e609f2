{ lib }:
with lib;
{
  modules = [

  ];
  read = r: r.type.description;
}
