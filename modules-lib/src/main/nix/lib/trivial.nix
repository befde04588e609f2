# Small general-purpose functions: combinators, booleans, numbers, the release, warnings and function
# arguments.
{ lib }:
let
  inherit (builtins) getEnv trace elem;

  # Nix before 2.23 has no builtins.warn: trace with the same prefix (without its terminal colours),
  # aborting when asked to. The message must be a string, as builtins.warn requires.
  abortOnWarn = elem (getEnv "NIX_ABORT_ON_WARN") [ "1" "true" "yes" ];
  traceWarning = msg: value:
    assert builtins.isString msg;
    if abortOnWarn then
      abort "NIX_ABORT_ON_WARN=true; warnings are treated as unrecoverable errors."
    else
      trace "evaluation warning: ${msg}" value;
in
rec {
  ## Combinators

  # id :: a -> a
  id = x: x;

  # const :: a -> b -> a
  const = x: _: x;

  # flip :: (a -> b -> c) -> b -> a -> c
  flip = f: a: b: f b a;

  # Applies the functions from first to last.
  pipe = builtins.foldl' (x: f: f x);

  # concat :: [a] -> [a] -> [a]
  concat = x: y: x ++ y;

  # mergeAttrs :: AttrSet -> AttrSet -> AttrSet  (the right one wins)
  mergeAttrs = x: y: x // y;

  # mapNullable :: (a -> b) -> (a | null) -> (b | null)
  mapNullable = f: a: if a == null then a else f a;

  # defaultTo :: a -> (a | null) -> a
  defaultTo = default: maybeValue: if maybeValue == null then default else maybeValue;

  inherit (builtins) seq deepSeq;

  ## Booleans and bits

  # or :: Bool -> Bool -> Bool
  or = x: y: x || y;

  # and :: Bool -> Bool -> Bool
  and = x: y: x && y;

  # xor :: Bool -> Bool -> Bool
  xor = x: y: (!x) != (!y);

  inherit (builtins) bitAnd bitOr bitXor;

  # bitNot :: Int -> Int
  bitNot = builtins.sub (-1);

  # boolToString :: Bool -> String  ("true" or "false")
  boolToString = b: if b then "true" else "false";

  # boolToYesNo :: Bool -> String  ("yes" or "no")
  boolToYesNo = b: if b then "yes" else "no";

  ## Numbers

  inherit (builtins) add sub lessThan;

  # min :: a -> a -> a
  min = x: y: if x < y then x else y;

  # max :: a -> a -> a
  max = x: y: if x > y then x else y;

  # The remainder with the sign of the dividend, as C's `%`.
  mod = base: int: base - (int * (builtins.div base int));

  # compare :: a -> a -> Int  (-1, 0 or 1)
  compare = a: b: if a < b then -1 else if a > b then 1 else 0;

  # Orders elements accepted by `p` before the others; within each group, by the matching comparison.
  splitByAndCompare = p: yes: no: a: b:
    if p a then
      (if p b then yes a b else -1)
    else if p b then
      1
    else
      no a b;

  # fromHexString :: String -> Int  ("ff" or "0xff")
  fromHexString = str:
    let
      match = builtins.match "(0x)?([0-9a-fA-F]+)" str;
    in
    if match == null then
      throw "fromHexString: invalid hexadecimal string: ${str}"
    else
      (builtins.fromTOML "v=0x${builtins.elemAt match 1}").v;

  # toHexString :: Int -> String  (upper case, no prefix)
  toHexString = i:
    builtins.concatStringsSep "" (builtins.map (d: builtins.substring d 1 "0123456789ABCDEF") (toBaseDigits 16 i));

  # toBaseDigits :: Int -> Int -> [Int]  (base, then the non-negative number; most significant digit first)
  toBaseDigits = base: i:
    let
      go = i: if i < base then [ i ] else go (builtins.div i base) ++ [ (mod i base) ];
    in
    assert (builtins.isInt base);
    assert (builtins.isInt i);
    assert (base >= 2);
    assert (i >= 0);
    go i;

  ## The release

  # release :: String  (from lib/.version, e.g. "26.11")
  release = lib.strings.fileContents ./.version;

  # nixpkgs names its releases after animals; nixj's own library follows the release numbers only.
  codeName = "nixj";

  # versionSuffix :: String  (from ../.version-suffix, else "pre-git")
  versionSuffix =
    let
      suffixFile = ../.version-suffix;
    in
    if builtins.pathExists suffixFile then lib.strings.fileContents suffixFile else "pre-git";

  # version :: String  (release + versionSuffix)
  version = release + versionSuffix;

  # The oldest release still supported, as an integer YYMM: modules may rely on features it has.
  oldestSupportedRelease = 2605;

  # isInOldestRelease :: Int -> Bool  (alias of oldestSupportedReleaseIsAtLeast)
  isInOldestRelease = oldestSupportedReleaseIsAtLeast;

  # oldestSupportedReleaseIsAtLeast :: Int -> Bool  (YYMM: whether every supported release has it)
  oldestSupportedReleaseIsAtLeast = release: release <= oldestSupportedRelease;

  # revisionWithDefault :: String -> String  (the git revision of the tree if recorded, else the default)
  revisionWithDefault = default:
    let
      revisionFile = "${toString ./..}/.git-revision";
    in
    if builtins.pathExists revisionFile then lib.strings.fileContents revisionFile else default;

  # inNixShell :: Bool
  inNixShell = getEnv "IN_NIX_SHELL" != "";

  # Pure evaluation hides the current system.
  inPureEvalMode = !(builtins ? currentSystem);

  ## Imports

  # importJSON :: Path -> a
  importJSON = path: builtins.fromJSON (builtins.readFile path);

  # importTOML :: Path -> a
  importTOML = path: builtins.fromTOML (builtins.readFile path);

  ## Warnings and checks

  # warn :: String -> a -> a  (prints "evaluation warning: MSG")
  warn = builtins.warn or traceWarning;

  # warnIf :: Bool -> String -> a -> a
  warnIf = cond: msg: if cond then warn msg else id;

  # warnIfNot :: Bool -> String -> a -> a
  warnIfNot = cond: msg: if cond then id else warn msg;

  # throwIf :: Bool -> String -> a -> a
  throwIf = cond: msg: if cond then throw msg else id;

  # throwIfNot :: Bool -> String -> a -> a
  throwIfNot = cond: msg: if cond then id else throw msg;

  # info :: String -> a -> a  (traces "INFO: MSG")
  info = msg: trace "INFO: ${msg}";

  # showWarnings :: [String] -> a -> a
  showWarnings = warnings: res: lib.lists.foldr (w: x: warn w x) res warnings;

  # Throws unless every element of `given` is one of `valid`.
  checkListOfEnum = msg: valid: given:
    let
      unexpected = lib.lists.subtractLists valid given;
      show = values: builtins.concatStringsSep ", " (builtins.map builtins.toString values);
    in
    throwIfNot (unexpected == [ ]) "${msg}: ${show unexpected} unexpected; valid ones: ${show valid}";

  ## Function arguments

  # A function, or an attribute set with `__functor`.
  isFunction = f: builtins.isFunction f || (f ? __functor && isFunction (f.__functor f));

  # The formal arguments of a function (name -> whether it has a default), also of functors made by
  # setFunctionArgs.
  functionArgs = f:
    if f ? __functor then
      f.__functionArgs or (functionArgs (f.__functor f))
    else
      builtins.functionArgs f;

  # setFunctionArgs :: (a -> b) -> AttrSet -> Functor  (functionArgs then reports the given formals)
  setFunctionArgs = f: args: {
    __functor = self: f;
    __functionArgs = args;
  };

  # mirrorFunctionArgs :: (a -> b) -> (c -> d) -> Functor  (the second function with the first one's formals)
  mirrorFunctionArgs = f:
    let
      fArgs = functionArgs f;
    in
    g: setFunctionArgs g fArgs;

  # toFunction :: a -> (b -> a)  (functions stay as they are)
  toFunction = v: if isFunction v then v else _: v;
}
