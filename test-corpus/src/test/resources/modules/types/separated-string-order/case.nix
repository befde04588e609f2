{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.separatedString "|"; }; }
    { v = "x"; }
    { v = mkBefore "y"; }
  ];
  read = r: r.config.v;
}
