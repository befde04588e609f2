{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { readOnly = true; default = 0; }; }
    { v = 1; }
  ];
  read = r: r.config.v;
}
