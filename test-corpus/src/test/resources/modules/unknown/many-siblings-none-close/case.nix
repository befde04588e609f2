{ lib }:
with lib;
{
  modules = [
    { options = builtins.listToAttrs (builtins.genList (i: { name = "opt${toString i}"; value = mkOption { }; }) 120); }
    { completelydifferent = 1; }
  ];
  read = r: r.config;
}
