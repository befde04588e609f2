{ lib }:
with lib;
{
  modules = [
    { options.a.b.c = mkOption { type = types.str; }; }
  ];
  read = r: r.config.a.b.c;
}
