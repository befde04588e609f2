{ lib }:
with lib;
{
  modules = [

  ];
  read = r: mkOption { default = 1; type = null; };
}
