{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    ({ doubled, ... }: { v = doubled; })
    ({ config, ... }: { _module.args.doubled = config.w * 2; })
    { options.w = mkOption { default = 21; }; }
  ];
  read = r: r.config.v;
}
