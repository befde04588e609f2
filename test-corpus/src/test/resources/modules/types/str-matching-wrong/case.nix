{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.strMatching "[a-z]+"; }; }
    { v = "ABC"; }
  ];
  read = r: r.config.v;
}
