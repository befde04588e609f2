{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { default = 1; defaultText = literalExpression 3; }; }
  ];
  read = r: r.options.v.defaultText;
}
