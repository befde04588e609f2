{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.attrsOf (types.submodule ({ name, ... }: { options.name = mkOption { type = types.str; default = name; }; options.port = mkOption { type = types.port; default = 80; }; options.tags = mkOption { type = types.listOf types.str; default = [ ]; }; })); }; }
    { s.web.port = mkDefault 1; }
    { s.web.port = 2; }
    { s.web = mkForce { port = 3; }; }
  ];
  read = r: r.config.s;
}
