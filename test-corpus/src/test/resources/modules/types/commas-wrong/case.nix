{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.commas; }; }
    { v = true; }
  ];
  read = r: r.config.v;
}
