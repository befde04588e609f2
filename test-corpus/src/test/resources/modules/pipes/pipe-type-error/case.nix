{ lib }:
{
  modules = [ ./decl.nix ];
  read = r: r.config.v;
}
