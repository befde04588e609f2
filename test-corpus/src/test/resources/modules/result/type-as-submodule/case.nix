{ lib }:
with lib;
{
  modules = [
    { options.a = mkOption { default = 1; }; }
  ];
  read = r: (evalModules { modules = [ { options.s = mkOption { type = r.type; }; config.s.a = 2; } ]; }).config.s;
}
