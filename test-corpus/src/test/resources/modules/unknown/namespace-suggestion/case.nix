{ lib }:
with lib;
{
  modules = [
    { options.services.nginx.enable = mkOption { }; }
    { servics.nginx.enable = true; }
  ];
  read = r: r.config;
}
