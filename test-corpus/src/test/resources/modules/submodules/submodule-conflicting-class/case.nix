{ lib }:
with lib;
{
  modules = [
    { options.s = mkOption { type = types.submoduleWith { class = "a"; modules = [ ]; }; }; }
    { options.s = mkOption { type = types.submoduleWith { class = "b"; modules = [ ]; }; }; }
    { s = { }; }
  ];
  read = r: r.config.s;
}
