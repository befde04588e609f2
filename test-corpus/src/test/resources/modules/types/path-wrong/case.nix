{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.path; }; }
    { v = "relative"; }
  ];
  read = r: r.config.v;
}
