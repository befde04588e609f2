{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.str; typo = 1; }; }
  ];
  read = r: r.config.v;
}
