{ lib }:
with lib;
{
  modules = [
    ./decl.nix
    (importApply ./applied.nix "static")
  ];
  read = r: { v = r.config.l; f = r.options.l.files; };
}
