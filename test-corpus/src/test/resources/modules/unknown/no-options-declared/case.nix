{ lib }:
with lib;
{
  modules = [
    { x = 1; }
  ];
  read = r: r.config;
}
