{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { readOnly = true; }; }
    { v = 1; }
  ];
  read = r: r.config.v;
}
