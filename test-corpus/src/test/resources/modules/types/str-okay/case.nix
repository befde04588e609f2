{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.str; }; }
    { v = "s"; }
  ];
  read = r: r.config.v;
}
