{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.listOf (types.submodule ({ name, ... }: { options.n = mkOption { default = name; }; })); }; }
    { v = [ { } { } ]; }
    { v = [ { } ]; }
  ];
  read = r: r.config.v;
}
