{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { default = 1; defaultText = literalExpression "pkgs.x"; example = literalMD "*md*"; }; }
  ];
  read = r: { inherit (r.options.v) defaultText example; };
}
