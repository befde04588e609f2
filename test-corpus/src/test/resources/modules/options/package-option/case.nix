{ lib }:
with lib;
{
  modules = [
    { options.p = mkPackageOption { hello = { type = "derivation"; name = "hello-2.12"; outPath = "/nix/store/x-hello"; }; } "hello" { }; }
  ];
  read = r: { inherit (r.options.p) description defaultText; t = r.options.p.type.description; n = r.config.p.name; };
}
