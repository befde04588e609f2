{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.unique { message = "Set it in one place only."; } types.str; }; }
    { v = "a"; }
    { v = "b"; }
  ];
  read = r: r.config.v;
}
