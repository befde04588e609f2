{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.str; }; }
    { v = 1; }
  ];
  read = r: r.config.v;
}
