{ lib }:
with lib;
{
  modules = [
    { options.services.nginx.enable = mkOption { }; options.services.nginx.user = mkOption { }; }
    { services.nginx.enabel = true; }
  ];
  read = r: r.config;
}
