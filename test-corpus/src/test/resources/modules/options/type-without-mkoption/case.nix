{ lib }:
with lib;
{
  modules = [
    { options.v = types.int; }
  ];
  read = r: r.config.v;
}
