{ lib }:
with lib;
{
  modules = [

  ];
  read = r: r._type;
}
