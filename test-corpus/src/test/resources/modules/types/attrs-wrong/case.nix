{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.attrs; }; }
    { v = [ ]; }
  ];
  read = r: r.config.v;
}
