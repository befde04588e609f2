# Small general-purpose functions: combinators, booleans, numbers, the release, warnings and function
# arguments.
{ lib }:
let
  inherit (builtins) isAttrs isFunction functionArgs getEnv trace elem;

  # Nix before 2.23 has no builtins.warn: trace with the same prefix, aborting when asked to. The message
  # must be a string, as builtins.warn requires.
  abortOnWarn = elem (getEnv "NIX_ABORT_ON_WARN") [ "1" "true" "yes" ];
  traceWarning = msg: value:
    assert builtins.isString msg;
    if abortOnWarn then
      abort "NIX_ABORT_ON_WARN=true; warnings are treated as unrecoverable errors."
    else
      trace "[1;35mevaluation warning:[0m ${msg}" value;
in
rec {
  ## Combinators

  id = x: x;

  const = x: _: x;

  flip = f: a: b: f b a;

  # Applies the functions from first to last.
  pipe = builtins.foldl' (x: f: f x);

  concat = x: y: x ++ y;

  mergeAttrs = x: y: x // y;

  mapNullable = f: a: if a == null then a else f a;

  defaultTo = default: maybeValue: if maybeValue == null then default else maybeValue;

  inherit (builtins) seq deepSeq;

  ## Booleans and bits

  or = x: y: x || y;

  and = x: y: x && y;

  xor = x: y: (!x) != (!y);

  inherit (builtins) bitAnd bitOr bitXor;

  bitNot = builtins.sub (-1);

  boolToString = b: if b then "true" else "false";

  boolToYesNo = b: if b then "yes" else "no";

  ## Numbers

  inherit (builtins) add sub lessThan;

  min = x: y: if x < y then x else y;

  max = x: y: if x > y then x else y;

  # The remainder with the sign of the dividend, as C's `%`.
  mod = base: int: base - (int * (builtins.div base int));

  compare = a: b: if a < b then -1 else if a > b then 1 else 0;

  # Orders elements accepted by `p` before the others; within each group, by the matching comparison.
  splitByAndCompare = p: yes: no: a: b:
    if p a then
      (if p b then yes a b else -1)
    else if p b then
      1
    else
      no a b;

  fromHexString = str:
    let
      match = builtins.match "(0x)?([0-9a-fA-F]+)" str;
    in
    if match == null then
      throw "fromHexString: invalid hexadecimal string: ${str}"
    else
      (builtins.fromTOML "v=0x${builtins.elemAt match 1}").v;

  toHexString = i:
    builtins.concatStringsSep "" (builtins.map (d: builtins.substring d 1 "0123456789ABCDEF") (toBaseDigits 16 i));

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

  release = lib.strings.fileContents ./.version;

  # nixpkgs names its releases after animals; nixj's own library follows the release numbers only.
  codeName = "nixj";

  versionSuffix =
    let
      suffixFile = ../.version-suffix;
    in
    if builtins.pathExists suffixFile then lib.strings.fileContents suffixFile else "pre-git";

  version = release + versionSuffix;

  # The oldest release still supported, as an integer YYMM: modules may rely on features it has.
  oldestSupportedRelease = 2605;

  isInOldestRelease = oldestSupportedReleaseIsAtLeast;

  oldestSupportedReleaseIsAtLeast = release: release <= oldestSupportedRelease;

  revisionWithDefault = default:
    let
      revisionFile = "${toString ./..}/.git-revision";
    in
    if builtins.pathExists revisionFile then lib.strings.fileContents revisionFile else default;

  inNixShell = getEnv "IN_NIX_SHELL" != "";

  # Pure evaluation hides the current system.
  inPureEvalMode = !(builtins ? currentSystem);

  ## Imports

  importJSON = path: builtins.fromJSON (builtins.readFile path);

  importTOML = path: builtins.fromTOML (builtins.readFile path);

  ## Warnings and checks

  warn = builtins.warn or traceWarning;

  warnIf = cond: msg: if cond then warn msg else id;

  warnIfNot = cond: msg: if cond then id else warn msg;

  throwIf = cond: msg: if cond then throw msg else id;

  throwIfNot = cond: msg: if cond then id else throw msg;

  info = msg: trace "INFO: ${msg}";

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

  setFunctionArgs = f: args: {
    __functor = self: f;
    __functionArgs = args;
  };

  mirrorFunctionArgs = f:
    let
      fArgs = functionArgs f;
    in
    g: setFunctionArgs g fArgs;

  toFunction = v: if isFunction v then v else _: v;
}
