{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.attrsOf (types.submodule { options.inner = mkOption { type = types.attrsOf (types.submodule ({ name, ... }: { options.id = mkOption { default = name; }; })); }; }); }; }
    { s.outer.inner.a = { }; }
    { s.outer.inner.b.id = "custom"; }
  ];
  read = r: r.config.s;
}
