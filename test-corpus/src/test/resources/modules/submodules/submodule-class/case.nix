{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.submoduleWith { class = "inner"; modules = [ { _class = "inner"; options.x = mkOption { default = 1; }; } ]; }; default = { }; }; }
  ];
  read = r: r.config.s;
}
