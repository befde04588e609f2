{ lib }:
with lib;
{
  modules = [
    (_: "not a module")
  ];
  read = r: r.config;
}
