{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.listOf types.path; }; }
    { v = [ "/a" ]; }
    { v = [ "/b" ]; }
  ];
  read = r: r.config.v;
}
