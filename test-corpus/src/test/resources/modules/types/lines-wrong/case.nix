{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.lines; }; }
    { v = 1; }
  ];
  read = r: r.config.v;
}
