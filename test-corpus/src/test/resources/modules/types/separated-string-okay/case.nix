{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.separatedString "; "; }; }
    { v = "a"; }
    { v = "b"; }
  ];
  read = r: r.config.v;
}
