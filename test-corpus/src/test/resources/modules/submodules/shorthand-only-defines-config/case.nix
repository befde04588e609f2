{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.submodule { options.config = mkOption { }; }; }; }
    { s.config = "a field named config"; }
  ];
  read = r: r.config.s;
}
