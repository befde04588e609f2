{ lib }:
with lib;
{
  modules = [
    { options.a = mkOption { type = types.int; }; config.a = "x"; }
  ];
  read = r: r.config.a;
  prefix = [ "outer" "inner" ];
}
