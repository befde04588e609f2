{ lib }:
with lib;
{
  modules = [

  ];
  read = r: r.config;
}
