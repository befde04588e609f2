{ lib }:
with lib;
{
  modules = [
    { options.l = mkOption { type = types.listOf types.str; }; }
    { imports = [ { _class = "demo"; l = [ "ok" ]; } ]; }
  ];
  read = r: r.config.l;
  class = "demo";
}
