{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.submoduleWith { modules = [ { options.x = mkOption { }; } ]; }; }; }
    { s = { options.y = mkOption { default = 2; }; config.x = 1; }; }
  ];
  read = r: r.config.s;
}
