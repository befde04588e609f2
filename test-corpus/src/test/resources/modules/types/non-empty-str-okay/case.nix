{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.nonEmptyStr; }; }
    { v = "x"; }
  ];
  read = r: r.config.v;
}
