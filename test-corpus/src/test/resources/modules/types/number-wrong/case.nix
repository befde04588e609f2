{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.number; }; }
    { v = "2"; }
  ];
  read = r: r.config.v;
}
