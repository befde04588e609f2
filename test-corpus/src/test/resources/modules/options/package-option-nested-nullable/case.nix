{ lib }:
with lib;
{
  modules = [
    { options.p = mkPackageOption { py.pkgs.requests = { type = "derivation"; name = "requests"; outPath = "/nix/store/x-requests"; }; } [ "py" "requests" ] { default = [ "py" "pkgs" "requests" ]; nullable = true; extraDescription = "Or null."; example = [ "py" "pkgs" "other" ]; }; }
  ];
  read = r: { inherit (r.options.p) description defaultText example; t = r.options.p.type.description; };
}
