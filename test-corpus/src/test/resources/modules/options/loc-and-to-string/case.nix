{ lib }:
with lib;
{
  modules = [
    { options.a."b.c".d = mkOption { }; }
  ];
  read = r: { inherit (r.options.a."b.c".d) loc; s = "${r.options.a."b.c".d}"; };
}
