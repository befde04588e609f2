{ lib }:
with lib;
{
  modules = [
    { options = builtins.listToAttrs [ { name = "v"; value = mkOption { default = 1; }; } ]; }
  ];
  read = r: r.options.v.declarationPositions;
}
