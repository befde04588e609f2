{ lib }:
with lib;
{
  modules = [
    ({ greeting, ... }: { options.v = mkOption { default = greeting; }; })
  ];
  read = r: r.config.v;
  args.greeting = "legacy";
}
