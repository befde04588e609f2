{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.coercedTo types.int toString types.str; }; }
    { v = true; }
  ];
  read = r: r.config.v;
}
