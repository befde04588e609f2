{ lib }:
with lib;
{
  modules = [
    { options.assertions = mkOption { type = types.listOf types.unspecified; default = [ ]; }; options.x = mkOption { type = types.int; default = 0; }; }
    ({ config, ... }: { assertions = mkIf (config.x > 0) [ { assertion = false; message = "positive x is not allowed"; } ]; })
  ];
  read = r: let failed = map (a: a.message) (builtins.filter (a: !a.assertion) r.config.assertions); in if failed == [ ] then "ok" else throw "\nFailed assertions:\n${builtins.concatStringsSep "\n" (map (m: "- ${m}") failed)}";
}
