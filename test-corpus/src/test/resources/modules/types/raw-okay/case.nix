{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { type = types.raw; }; }
    { v = { __toString = _: "raw"; }; }
  ];
  read = r: "${r.config.v}";
}
