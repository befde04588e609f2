{ lib }:
with lib;
{
  modules = [
    { options.assertions = mkOption { type = types.listOf types.unspecified; default = [ ]; }; options.x = mkOption { type = types.int; default = 0; }; }
    ({ config, ... }: { assertions = [ { assertion = config.x < 0; message = "x must be negative"; } { assertion = config.x > 5; message = "x must be big"; } ]; })
    { x = 1; }
  ];
  read = r: let failed = map (a: a.message) (builtins.filter (a: !a.assertion) r.config.assertions); in if failed == [ ] then "ok" else throw "\nFailed assertions:\n${builtins.concatStringsSep "\n" (map (m: "- ${m}") failed)}";
}
