# lib.customisation: makeOverridable, callPackageWith, callPackagesWith, extendDerivation, makeScope
# (without building: derivations here are plain sets).
{ lib }:
with lib;
let
  mk = { a, b ? 2 }: { sum = a + b; };
  pkgs = { a = 1; b = 10; c = 100; };
  fakeDrv = {
    type = "derivation";
    name = "x";
    outputs = [ "out" "dev" ];
    outPath = "/store/x";
    drvPath = "/store/x.drv";
    out = { type = "derivation"; outputName = "out"; outPath = "/store/x"; drvPath = "/store/x.drv"; };
    dev = { type = "derivation"; outputName = "dev"; outPath = "/store/x-dev"; drvPath = "/store/x.drv"; };
  };
in
{
  makeOverridable-result = { expr = (makeOverridable mk { a = 1; }).sum; expected = 3; };
  makeOverridable-override-set = { expr = ((makeOverridable mk { a = 1; }).override { b = 5; }).sum; expected = 6; };
  makeOverridable-override-function = { expr = ((makeOverridable mk { a = 1; }).override (old: { a = old.a * 10; })).sum; expected = 12; };
  makeOverridable-override-twice = { expr = (((makeOverridable mk { a = 1; }).override { a = 2; }).override { b = 0; }).sum; expected = 2; };
  makeOverridable-keeps-args = { expr = functionArgs (makeOverridable mk); expected = { a = false; b = true; }; };
  makeOverridable-function-result = { expr = ((makeOverridable ({ n }: x: x + n) { n = 1; }).override { n = 5; }) 1; expected = 6; };
  makeOverridable-scalar-result = { expr = makeOverridable ({ n }: n * 2) { n = 4; }; expected = 8; };
  callPackageWith-fills = { expr = (callPackageWith pkgs mk { }).sum; expected = 11; };
  callPackageWith-explicit-wins = { expr = (callPackageWith pkgs mk { b = 0; }).sum; expected = 1; };
  callPackageWith-default-used = { expr = (callPackageWith { a = 1; } mk { }).sum; expected = 3; };
  callPackageWith-overridable = { expr = ((callPackageWith pkgs mk { }).override { a = 0; }).sum; expected = 10; };
  callPackageWith-file = { expr = (callPackageWith pkgs ../data/package.nix { }).sum; expected = 110; };
  callPackagesWith-each-overridable = {
    expr = let set = callPackagesWith pkgs ({ a }: { p = { v = a; }; q = { v = a + 1; }; }) { }; in [ set.p.v set.q.v (set.q.override { a = 5; }).v ];
    expected = [ 1 2 6 ];
  };
  extendDerivation-passthru = {
    expr = let d = extendDerivation true { extra = 1; } fakeDrv; in [ d.extra d.outPath d.dev.extra d.dev.outPath d.dev.outputSpecified ];
    expected = [ 1 "/store/x" 1 "/store/x-dev" true ];
  };
  extendDerivation-all-outputs = { expr = map (o: o.outPath) (extendDerivation true { } fakeDrv).all; expected = [ "/store/x" "/store/x-dev" ]; };
  extendDerivation-condition-guards-paths = { expr = (extendDerivation false { } fakeDrv).outPath; throws = true; };
  extendDerivation-condition-lazy = { expr = (extendDerivation false { extra = 1; } fakeDrv).extra; expected = 1; };
  makeScope-callPackage = {
    expr = let scope = makeScope (extra: callPackageWith ({ base = 1; } // extra)) (self: { x = 5; y = self.callPackage ({ x, base }: x + base) { }; }); in scope.y;
    expected = 6;
  };
  makeScope-overrideScope = {
    expr = let scope = makeScope callPackageWith (self: { x = 5; y = self.x * 2; }); in (scope.overrideScope (f: p: { x = 1; })).y;
    expected = 2;
  };
}
