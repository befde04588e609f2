{ lib }:
with lib;
{
  modules = [
    { options.a."has space" = mkOption { type = types.int; }; }
    { a."has space" = "x"; }
  ];
  read = r: r.config.a."has space";
}
