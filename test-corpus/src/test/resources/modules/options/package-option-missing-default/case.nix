{ lib }:
with lib;
{
  modules = [
    { options.p = mkPackageOption { } "absent" { }; }
  ];
  read = r: r.config.p;
}
