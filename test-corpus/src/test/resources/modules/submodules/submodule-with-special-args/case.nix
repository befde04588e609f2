{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.submoduleWith { modules = [ ({ greeting, ... }: { options.x = mkOption { default = greeting; }; }) ]; specialArgs.greeting = "hi"; }; default = { }; }; }
  ];
  read = r: r.config.s;
}
