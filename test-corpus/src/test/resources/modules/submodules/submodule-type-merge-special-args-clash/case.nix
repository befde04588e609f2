{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.submoduleWith { modules = [ ]; specialArgs.x = 1; }; }; }
    { options.s = mkOption { type = types.submoduleWith { modules = [ ]; specialArgs.x = 2; }; }; }
    { s = args: { }; }
  ];
  read = r: r.config.s;
}
