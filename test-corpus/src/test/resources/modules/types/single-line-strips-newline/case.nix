{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.singleLineStr; }; }
    { v = "line\n"; }
  ];
  read = r: r.config.v;
}
