{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.package; }; }
    { v = "not a store path"; }
  ];
  read = r: r.config.v;
}
