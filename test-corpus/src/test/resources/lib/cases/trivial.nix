# lib.trivial: combinators, booleans, numbers, function arguments, the release, warnings and checks.
{ lib }:
with lib;
{
  id-returns-argument = { expr = id 5; expected = 5; };
  flattened-type-functions = {
    expr = [ (isType "a" (setType "a" { })) (isOptionType (mkOptionType { name = "x"; })) (defaultFunctor "x").name ];
    expected = [ true true "x" ];
  };
  const-ignores-second = { expr = const 1 2; expected = 1; };
  flip-swaps-arguments = { expr = flip builtins.sub 1 10; expected = 9; };
  pipe-applies-in-order = { expr = pipe 2 [ (x: x + 1) (x: x * 10) ]; expected = 30; };
  pipe-empty = { expr = pipe "x" [ ]; expected = "x"; };
  concat-lists = { expr = concat [ 1 ] [ 2 3 ]; expected = [ 1 2 3 ]; };
  or-function = { expr = map (x: trivial.or x false) [ true false ]; expected = [ true false ]; };
  and-function = { expr = [ (and true true) (and true false) ]; expected = [ true false ]; };
  xor-table = { expr = [ (xor true true) (xor true false) (xor false true) (xor false false) ]; expected = [ false true true false ]; };
  bitNot-zero = { expr = bitNot 0; expected = -1; };
  bitNot-five = { expr = bitNot 5; expected = -6; };
  bitAnd-builtin = { expr = bitAnd 12 10; expected = 8; };
  boolToString-both = { expr = [ (boolToString true) (boolToString false) ]; expected = [ "true" "false" ]; };
  boolToYesNo-both = { expr = [ (boolToYesNo true) (boolToYesNo false) ]; expected = [ "yes" "no" ]; };
  mergeAttrs-right-wins = { expr = mergeAttrs { a = 1; b = 1; } { b = 2; }; expected = { a = 1; b = 2; }; };
  mapNullable-null = { expr = mapNullable (x: x + 1) null; expected = null; };
  mapNullable-value = { expr = mapNullable (x: x + 1) 1; expected = 2; };
  defaultTo-null = { expr = defaultTo 3 null; expected = 3; };
  defaultTo-value = { expr = defaultTo 3 false; expected = false; };
  min-max = { expr = [ (min 3 4) (max 3 4) (min "b" "a") (max 1.5 1) ]; expected = [ 3 4 "a" 1.5 ]; };
  mod-positive = { expr = mod 11 10; expected = 1; };
  mod-negative-dividend = { expr = mod (-11) 10; expected = -1; };
  mod-exact = { expr = mod 20 5; expected = 0; };
  compare-three-ways = { expr = [ (compare 1 2) (compare 2 2) (compare "b" "a") ]; expected = [ (-1) 0 1 ]; };
  splitByAndCompare-groups = {
    expr = builtins.sort (a: b: splitByAndCompare (hasPrefix "x") compare compare a b < 0) [ "b" "xb" "a" "xa" ];
    expected = [ "xa" "xb" "a" "b" ];
  };
  fromHexString-plain = { expr = fromHexString "ff"; expected = 255; };
  fromHexString-prefixed = { expr = fromHexString "0x1A"; expected = 26; };
  fromHexString-invalid = { expr = fromHexString "xyz"; throws = true; };
  toHexString-values = { expr = map toHexString [ 0 9 10 255 4096 ]; expected = [ "0" "9" "A" "FF" "1000" ]; };
  toBaseDigits-binary = { expr = toBaseDigits 2 10; expected = [ 1 0 1 0 ]; };
  toBaseDigits-zero = { expr = toBaseDigits 10 0; expected = [ 0 ]; };
  toBaseDigits-base-one = { expr = toBaseDigits 1 5; throws = true; };
  isFunction-lambda = { expr = isFunction (x: x); expected = true; };
  isFunction-functor = { expr = isFunction { __functor = self: x: x; }; expected = true; };
  isFunction-set = { expr = isFunction { a = 1; }; expected = false; };
  isFunction-builtin = { expr = isFunction builtins.add; expected = true; };
  functionArgs-formals = { expr = functionArgs ({ a, b ? 1 }: a); expected = { a = false; b = true; }; };
  functionArgs-plain = { expr = functionArgs (x: x); expected = { }; };
  functionArgs-functor = { expr = functionArgs (setFunctionArgs (x: x) { y = true; }); expected = { y = true; }; };
  setFunctionArgs-callable = { expr = (setFunctionArgs (x: x.a + 1) { a = false; }) { a = 1; }; expected = 2; };
  mirrorFunctionArgs-copies = {
    expr = functionArgs (mirrorFunctionArgs ({ p, q ? 0 }: p) (args: args.p));
    expected = { p = false; q = true; };
  };
  toFunction-value = { expr = toFunction 3 "ignored"; expected = 3; };
  toFunction-function = { expr = toFunction (x: x + 1) 1; expected = 2; };
  release-is-version-prefix = { expr = hasPrefix trivial.release version; expected = true; };
  release-shape = { expr = builtins.match "[0-9]{2}\\.[0-9]{2}" trivial.release != null; expected = true; };
  oldestSupportedRelease-is-int = { expr = builtins.isInt trivial.oldestSupportedRelease; expected = true; };
  isInOldestRelease-old = { expr = isInOldestRelease 2011; expected = true; };
  isInOldestRelease-future = { expr = isInOldestRelease 9911; expected = false; };
  inPureEvalMode-impure = { expr = inPureEvalMode; expected = false; };
  importJSON-reads = { expr = importJSON ../data/sample.json; expected = { a = [ 1 2 ]; b = "x"; }; };
  importTOML-reads = { expr = importTOML ../data/sample.toml; expected = { title = "t"; server = { port = 80; }; }; };
  warnIf-false-is-identity = { expr = warnIf false "never shown" 7; expected = 7; };
  warnIfNot-true-is-identity = { expr = warnIfNot true "never shown" 7; expected = 7; };
  throwIf-true = { expr = throwIf true "boom" 1; throws = true; };
  throwIf-false = { expr = throwIf false "boom" 1; expected = 1; };
  throwIfNot-false = { expr = throwIfNot false "boom" 1; throws = true; };
  throwIfNot-true = { expr = throwIfNot true "boom" 1; expected = 1; };
  checkListOfEnum-valid = { expr = checkListOfEnum "colours" [ "red" "green" ] [ "red" ] true; expected = true; };
  checkListOfEnum-invalid = { expr = checkListOfEnum "colours" [ "red" "green" ] [ "blue" ] true; throws = true; };
  showWarnings-none = { expr = showWarnings [ ] 3; expected = 3; };
  seq-returns-second = { expr = trivial.seq 1 2; expected = 2; };
  deepSeq-forces = { expr = deepSeq [ (throw "x") ] 1; throws = true; };
}
