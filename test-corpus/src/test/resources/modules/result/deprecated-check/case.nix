{ lib }:
with lib;
{
  modules = [
    { undeclared = 1; }
  ];
  read = r: r.config;
  check = false;
}
