{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { }; }
    ({ x, ... }: { v = x; })
    { _module.args.x = 1; }
    { _module.args.x = mkForce 2; }
  ];
  read = r: r.config.v;
}
