{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.singleLineStr; }; }
    { v = "two\nlines"; }
  ];
  read = r: r.config.v;
}
