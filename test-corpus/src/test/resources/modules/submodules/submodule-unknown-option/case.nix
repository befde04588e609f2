{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.attrsOf (types.submodule { options.port = mkOption { }; }); }; }
    { s.web.prot = 1; }
  ];
  read = r: r.config.s;
}
