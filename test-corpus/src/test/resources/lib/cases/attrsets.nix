# lib.attrsets: attribute paths, filtering, mapping, zipping, recursive updates and package outputs.
{ lib }:
with lib;
let
  nested = { a = { b = { c = 1; }; x = null; }; d = 2; };
  # Derivation-shaped sets, enough for the output helpers (nothing is built).
  pkg = rec {
    type = "derivation";
    name = "hello-2.12";
    pname = "hello";
    outputs = [ "out" "bin" "dev" ];
    out = { type = "derivation"; outPath = "/store/hello"; outputSpecified = true; };
    bin = { type = "derivation"; outPath = "/store/hello-bin"; outputSpecified = true; };
    dev = { type = "derivation"; outPath = "/store/hello-dev"; outputSpecified = true; };
    outPath = out.outPath;
  };
in
{
  attrByPath-found = { expr = attrByPath [ "a" "b" "c" ] 0 nested; expected = 1; };
  attrByPath-missing = { expr = attrByPath [ "a" "z" ] "dflt" nested; expected = "dflt"; };
  attrByPath-through-non-set = { expr = attrByPath [ "d" "e" ] "dflt" nested; expected = "dflt"; };
  attrByPath-empty-path = { expr = attrByPath [ ] 0 { a = 1; }; expected = { a = 1; }; };
  attrByPath-null-value = { expr = attrByPath [ "a" "x" ] 0 nested; expected = null; };
  hasAttrByPath-yes = { expr = hasAttrByPath [ "a" "b" ] nested; expected = true; };
  hasAttrByPath-no = { expr = hasAttrByPath [ "a" "b" "z" ] nested; expected = false; };
  hasAttrByPath-empty = { expr = hasAttrByPath [ ] 1; expected = true; };
  longestValidPathPrefix-partial = { expr = longestValidPathPrefix [ "a" "b" "q" "r" ] nested; expected = [ "a" "b" ]; };
  longestValidPathPrefix-full = { expr = longestValidPathPrefix [ "a" "b" ] nested; expected = [ "a" "b" ]; };
  setAttrByPath-nests = { expr = setAttrByPath [ "a" "b" ] 3; expected = { a = { b = 3; }; }; };
  setAttrByPath-empty = { expr = setAttrByPath [ ] 3; expected = 3; };
  getAttrFromPath-found = { expr = getAttrFromPath [ "a" "b" ] nested; expected = { c = 1; }; };
  attrVals-select = { expr = attrVals [ "b" "a" ] { a = 1; b = 2; c = 3; }; expected = [ 2 1 ]; };
  attrValues-sorted-by-name = { expr = attrValues { b = 2; a = 1; }; expected = [ 1 2 ]; };
  getAttrs-subset = { expr = getAttrs [ "a" ] { a = 1; b = 2; }; expected = { a = 1; }; };
  catAttrs-skips-missing = { expr = catAttrs "a" [ { a = 1; } { b = 0; } { a = 2; } ]; expected = [ 1 2 ]; };
  filterAttrs-by-value = { expr = filterAttrs (n: v: v > 1) { a = 1; b = 2; c = 3; }; expected = { b = 2; c = 3; }; };
  filterAttrs-by-name = { expr = filterAttrs (n: v: n != "a") { a = 1; b = 2; }; expected = { b = 2; }; };
  filterAttrsRecursive-nested = {
    expr = filterAttrsRecursive (n: v: v != null) { a = null; b = { c = null; d = 1; }; };
    expected = { b = { d = 1; }; };
  };
  foldlAttrs-sums = { expr = foldlAttrs (acc: name: value: acc + value) 0 { a = 1; b = 2; }; expected = 3; };
  foldlAttrs-order = { expr = foldlAttrs (acc: name: _: acc ++ [ name ]) [ ] { b = 1; a = 2; }; expected = [ "a" "b" ]; };
  foldAttrs-collects = {
    expr = foldAttrs (item: acc: [ item ] ++ acc) [ ] [ { a = 2; } { a = 3; b = 1; } ];
    expected = { a = [ 2 3 ]; b = [ 1 ]; };
  };
  collect-leaves = { expr = collect isList { a = [ 1 ]; b = { c = [ 2 ]; d = 3; }; }; expected = [ [ 1 ] [ 2 ] ]; };
  collect-sets = {
    expr = collect (x: x ? outPath) { a = { outPath = "a/"; }; b = { c = { outPath = "c/"; }; }; };
    expected = [ { outPath = "a/"; } { outPath = "c/"; } ];
  };
  nameValuePair-shape = { expr = nameValuePair "n" 1; expected = { name = "n"; value = 1; }; };
  mapAttrs-values = { expr = mapAttrs (n: v: n + v) { a = "1"; b = "2"; }; expected = { a = "a1"; b = "b2"; }; };
  mapAttrs'-renames = { expr = mapAttrs' (n: v: nameValuePair "x-${n}" (v * 2)) { a = 1; }; expected = { x-a = 2; }; };
  mapAttrsToList-by-name = { expr = mapAttrsToList (n: v: "${n}=${toString v}") { b = 2; a = 1; }; expected = [ "a=1" "b=2" ]; };
  attrsToList-pairs = { expr = attrsToList { b = 2; a = 1; }; expected = [ { name = "a"; value = 1; } { name = "b"; value = 2; } ]; };
  concatMapAttrs-merges = {
    expr = concatMapAttrs (n: v: { ${n} = v; "${n}2" = v * 2; }) { a = 1; b = 2; };
    expected = { a = 1; a2 = 2; b = 2; b2 = 4; };
  };
  mapAttrsRecursive-leaves = {
    expr = mapAttrsRecursive (path: v: concatStringsSep "." path + "=" + toString v) { a = { b = 1; }; c = 2; };
    expected = { a = { b = "a.b=1"; }; c = "c=2"; };
  };
  mapAttrsRecursiveCond-stops = {
    expr = mapAttrsRecursiveCond (as: !(as ? stop)) (path: v: length path) { a = { stop = 1; }; b = { c = 0; }; };
    expected = { a = 1; b = { c = 2; }; };
  };
  genAttrs-names = { expr = genAttrs [ "x" "y" ] (n: "v-${n}"); expected = { x = "v-x"; y = "v-y"; }; };
  genAttrs'-pairs = { expr = genAttrs' [ 1 2 ] (i: nameValuePair "n${toString i}" i); expected = { n1 = 1; n2 = 2; }; };
  isDerivation-yes = { expr = isDerivation pkg; expected = true; };
  isDerivation-no = { expr = [ (isDerivation { }) (isDerivation "x") (isDerivation { type = "other"; }) ]; expected = [ false false false ]; };
  optionalAttrs-true = { expr = optionalAttrs true { a = 1; }; expected = { a = 1; }; };
  optionalAttrs-false-lazy = { expr = optionalAttrs false (throw "never"); expected = { }; };
  zipAttrsWithNames-selected = {
    expr = zipAttrsWithNames [ "a" ] (name: vs: vs) [ { a = 1; b = 2; } { a = 3; } ];
    expected = { a = [ 1 3 ]; };
  };
  zipAttrsWith-all-names = {
    expr = zipAttrsWith (name: vs: builtins.length vs) [ { a = 1; b = 2; } { a = 3; c = 4; } ];
    expected = { a = 2; b = 1; c = 1; };
  };
  zipAttrs-lists = { expr = zipAttrs [ { a = 1; } { a = 2; b = 3; } ]; expected = { a = [ 1 2 ]; b = [ 3 ]; }; };
  recursiveUpdate-deep = {
    expr = recursiveUpdate { a = { b = 1; c = 2; }; x = 1; } { a = { b = 3; d = 4; }; y = 2; };
    expected = { a = { b = 3; c = 2; d = 4; }; x = 1; y = 2; };
  };
  recursiveUpdate-set-replaces-value = { expr = recursiveUpdate { a = 1; } { a = { b = 2; }; }; expected = { a = { b = 2; }; }; };
  recursiveUpdate-value-replaces-set = { expr = recursiveUpdate { a = { b = 2; }; } { a = 1; }; expected = { a = 1; }; };
  recursiveUpdateUntil-depth = {
    expr = recursiveUpdateUntil (path: l: r: path == [ "foo" ]) { foo.bar = 1; foo.baz = 2; bar = 3; } { foo.bar = 1; foo.quz = 2; baz = 4; };
    expected = { foo = { bar = 1; quz = 2; }; bar = 3; baz = 4; };
  };
  matchAttrs-subset = { expr = matchAttrs { cpu = { bits = 64; }; } { cpu = { bits = 64; name = "x"; }; os = "l"; }; expected = true; };
  matchAttrs-differs = { expr = matchAttrs { cpu = { bits = 32; }; } { cpu = { bits = 64; }; }; expected = false; };
  matchAttrs-missing = { expr = matchAttrs { a = 1; } { }; expected = false; };
  mergeAttrsList-later-wins = { expr = mergeAttrsList [ { a = 1; b = 1; } { b = 2; } { c = 3; } { a = 4; } ]; expected = { a = 4; b = 2; c = 3; }; };
  mergeAttrsList-empty = { expr = mergeAttrsList [ ]; expected = { }; };
  mergeAttrsList-many = { expr = builtins.length (attrNames (mergeAttrsList (genList (i: { "k${toString i}" = i; }) 100))); expected = 100; };
  overrideExisting-only-existing = { expr = overrideExisting { a = 1; b = 2; } { a = 3; c = 4; }; expected = { a = 3; b = 2; }; };
  showAttrPath-plain = { expr = showAttrPath [ "foo" "bar" ]; expected = "foo.bar"; };
  showAttrPath-quoted = { expr = showAttrPath [ "foo" "bar.baz" "1x" ]; expected = "foo.\"bar.baz\".\"1x\""; };
  showAttrPath-root = { expr = showAttrPath [ ]; expected = "<root attribute path>"; };
  getOutput-existing = { expr = (getOutput "dev" pkg).outPath; expected = "/store/hello-dev"; };
  getOutput-fallback-out = { expr = (getOutput "lib" pkg).outPath; expected = "/store/hello"; };
  getOutput-already-specified = { expr = (getOutput "dev" pkg.bin).outPath; expected = "/store/hello-bin"; };
  getBin-getDev = { expr = [ (getBin pkg).outPath (getDev pkg).outPath (getLib pkg).outPath ]; expected = [ "/store/hello-bin" "/store/hello-dev" "/store/hello" ]; };
  getFirstOutput-first-existing = { expr = (getFirstOutput [ "lib" "dev" "out" ] pkg).outPath; expected = "/store/hello-dev"; };
  getInclude-uses-dev = { expr = (getInclude pkg).outPath; expected = "/store/hello-dev"; };
  chooseDevOutputs-list = { expr = map (p: p.outPath) (chooseDevOutputs [ pkg ]); expected = [ "/store/hello-dev" ]; };
  recurseIntoAttrs-marks = { expr = recurseIntoAttrs { a = 1; }; expected = { a = 1; recurseForDerivations = true; }; };
  dontRecurseIntoAttrs-marks = { expr = (dontRecurseIntoAttrs { }).recurseForDerivations; expected = false; };
  cartesianProduct-all = {
    expr = cartesianProduct { a = [ 1 2 ]; b = [ "x" "y" ]; };
    expected = [ { a = 1; b = "x"; } { a = 1; b = "y"; } { a = 2; b = "x"; } { a = 2; b = "y"; } ];
  };
  cartesianProduct-empty-set = { expr = cartesianProduct { }; expected = [ { } ]; };
  cartesianProduct-empty-list = { expr = cartesianProduct { a = [ ]; b = [ 1 ]; }; expected = [ ]; };
  mapCartesianProduct-applies = { expr = mapCartesianProduct ({ a, b }: a * b) { a = [ 1 2 ]; b = [ 10 ]; }; expected = [ 10 20 ]; };
  updateManyAttrsByPath-same-path-in-order = {
    expr = updateManyAttrsByPath [
      { path = [ "a" "b" ]; update = old: old + 1; }
      { path = [ "a" "b" ]; update = old: old * 10; }
      { path = [ "c" ]; update = _: "new"; }
    ] { a = { b = 1; keep = true; }; };
    expected = { a = { b = 20; keep = true; }; c = "new"; };
  };
  updateManyAttrsByPath-deeper-first = {
    expr = updateManyAttrsByPath [
      { path = [ "a" "b" ]; update = old: { d = old.c; }; }
      { path = [ "a" "b" "c" ]; update = old: old + 1; }
      { path = [ "x" "y" ]; update = old: "xy"; }
    ] { a.b.c = 0; };
    expected = { a = { b = { d = 1; }; }; x = { y = "xy"; }; };
  };
  updateManyAttrsByPath-missing-read = { expr = updateManyAttrsByPath [ { path = [ "q" ]; update = old: old + 1; } ] { }; throws = true; };
  updateManyAttrsByPath-through-non-set = { expr = updateManyAttrsByPath [ { path = [ "a" "b" ]; update = _: 1; } ] { a = 3; }; throws = true; };
  updateManyAttrsByPath-no-updates = { expr = updateManyAttrsByPath [ ] { a = 1; }; expected = { a = 1; }; };
  updateManyAttrsByPath-root = { expr = updateManyAttrsByPath [ { path = [ ]; update = old: old // { z = 0; }; } ] { a = 1; }; expected = { a = 1; z = 0; }; };
  unionOfDisjoint-disjoint = { expr = unionOfDisjoint { a = 1; } { b = 2; }; expected = { a = 1; b = 2; }; };
  unionOfDisjoint-collision = { expr = (unionOfDisjoint { a = 1; } { a = 2; }).a; throws = true; };
  unionOfDisjoint-collision-lazy = { expr = (unionOfDisjoint { a = 1; b = 0; } { a = 2; }).b; expected = 0; };
  intersectAttrs-builtin = { expr = intersectAttrs { a = 0; } { a = 1; b = 2; }; expected = { a = 1; }; };
}
