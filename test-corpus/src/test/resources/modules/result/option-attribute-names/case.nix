# An option's attributes: nixpkgs' ones, and nixj's _definitionsWithPriorities (every definition with its
# priority, for `nixj repl`'s :o; docs/design/modules.md).
{ lib }:
with lib;
{
  modules = [
    { options.a = mkOption { default = 1; type = types.int; }; }
  ];
  read = r: builtins.attrNames r.options.a;
}
