{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { readOnly = true; type = types.int; }; }
    { v = 1; }
    { v = 2; }
  ];
  read = r: r.config.v;
}
