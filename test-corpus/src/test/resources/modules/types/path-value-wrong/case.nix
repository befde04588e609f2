{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.path; }; }
    { v = 3; }
  ];
  read = r: r.config.v;
}
