{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.separatedString "; "; }; }
    { v = [ ]; }
  ];
  read = r: r.config.v;
}
