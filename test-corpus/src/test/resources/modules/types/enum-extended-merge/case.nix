{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.enum [ "a" ]; }; }
    { v = "a"; }
  ];
  read = r: r.options.v.type.functor.payload.values;
}
