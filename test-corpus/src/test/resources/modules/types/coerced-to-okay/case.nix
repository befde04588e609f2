{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.coercedTo types.int toString types.str; }; }
    { v = 3; }
  ];
  read = r: r.config.v;
}
