{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.attrsOf (types.submodule ({ _prefix, ... }: { options.p = mkOption { default = _prefix; }; })); }; }
    { s.k = { }; }
  ];
  read = r: r.config.s;
}
