{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.str; }; }
  ];
  read = r: r.config.v;
}
