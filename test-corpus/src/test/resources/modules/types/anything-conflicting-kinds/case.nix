{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.anything; }; }
    { v = 1; }
    { v = { }; }
  ];
  read = r: r.config.v;
}
