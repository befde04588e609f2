# A derivation built in-process by one of nixj's `builtin:<builder>`s (the build module, org.nixj.build), its arguments passed as
# structured attributes (the builder reads them as JSON). `meta` and `passthru` stay out of the derivation, as
# in nixpkgs' mkDerivation.
{ system }:
builder: { name, meta ? { }, passthru ? { }, ... }@args:
let
  drv = derivation (removeAttrs args [ "meta" "passthru" ] // {
    inherit name system;
    builder = "builtin:${builder}";
    __structuredAttrs = true;
    preferLocalBuild = true;
    allowSubstitutes = false;
  });
in
drv // passthru // { inherit meta; }
