{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.coercedTo (types.submodule { }) (x: x) types.str; }; }
    { v = "x"; }
  ];
  read = r: r.config.v;
}
