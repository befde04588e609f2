{ lib }:
with lib;
{
  modules = [
    { options = 3; }
  ];
  read = r: r.config;
}
