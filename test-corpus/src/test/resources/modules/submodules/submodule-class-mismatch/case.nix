{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.submoduleWith { class = "inner"; modules = [ ]; }; }; }
    { s = { _class = "outer"; }; }
  ];
  read = r: r.config.s;
}
