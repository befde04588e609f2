{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.nonEmptyStr; }; }
    { v = "  "; }
  ];
  read = r: r.config.v;
}
