{ lib }:
with lib;
{
  modules = [
    { options.meta = mkOption { type = types.attrsOf types.str; }; config = { }; meta.a = "1"; }
    { meta.b = "2"; }
  ];
  read = r: r.config.meta;
}
