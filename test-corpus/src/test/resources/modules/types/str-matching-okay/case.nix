{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.strMatching "[a-z]+"; }; }
    { v = "abc"; }
  ];
  read = r: r.config.v;
}
