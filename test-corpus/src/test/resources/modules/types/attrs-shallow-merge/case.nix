{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.attrs; }; }
    { v = { a.x = 1; }; }
    { v = { a.y = 2; }; }
  ];
  read = r: r.config.v;
}
