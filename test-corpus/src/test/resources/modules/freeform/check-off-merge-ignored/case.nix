{ lib }:
with lib;
{
  modules = [
    { _module.check = false; }
    { undeclared = 2; }
  ];
  read = r: r.config;
}
