{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.attrsOf (types.submoduleWith { modules = [ ({ name, greeting, ... }: { options.v = mkOption { default = "${greeting} ${name}"; }; }) ]; specialArgs.greeting = "hello"; }); }; }
    { s.world = { }; }
  ];
  read = r: r.config.s.world.v;
}
