{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.path; }; }
    { v = /etc/hosts; }
  ];
  read = r: toString r.config.v;
}
