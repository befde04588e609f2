{ lib }:
with lib;
{
  modules = [
    { options = { s = mkOption { type = types.str; default = "opt"; }; }; }
    { s = mkDefault "d"; }
    { s = "plain"; }
  ];
  read = r: r.config.s;
}
