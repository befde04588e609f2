# A derivation built in-process by one of nixj's `builtin:<builder>`s (the build module, org.nixj.build), its arguments passed as
# structured attributes (the builder reads them as JSON). `meta` and `passthru` stay out of the derivation, as
# in nixpkgs' mkDerivation.
{ system }:
builder: { name, meta ? { }, passthru ? { }, ... }@args:
let
  # A builder's output depends on nixj's code as well as on the derivation: when it changes for the same
  # attributes, the builder's revision here is raised, so that stores do not keep the old output under the same
  # path. nixj-depmod 2 lists each module's dependencies in the order modprobe loads them.
  revisions = { nixj-depmod = 2; };
  drv = derivation (removeAttrs args [ "meta" "passthru" ] // {
    inherit name system;
    builder = "builtin:${builder}";
    __structuredAttrs = true;
    preferLocalBuild = true;
    allowSubstitutes = false;
  } // (if revisions ? ${builder} then { revision = revisions.${builder}; } else { }));
in
drv // passthru // { inherit meta; }
