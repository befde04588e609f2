# Functions on attribute sets, attribute paths and packages' outputs.
{ lib }:
let
  inherit (builtins) head length elemAt isAttrs attrNames attrValues listToAttrs mapAttrs filter concatMap
    foldl' intersectAttrs catAttrs;
  inherit (lib.lists) foldr;
  inherit (lib.strings) concatMapStringsSep escapeNixIdentifier;
in
rec {
  inherit (builtins) attrNames attrValues listToAttrs hasAttr getAttr isAttrs intersectAttrs removeAttrs
    mapAttrs catAttrs;

  ## Attribute paths

  # The value at `attrPath` in `set`, or `default` where the path does not lead to a value.
  attrByPath = attrPath: default: set:
    let
      len = length attrPath;
      go = n: s:
        if n == len then
          s
        else
          let
            name = elemAt attrPath n;
          in
          if s ? ${name} then go (n + 1) s.${name} else default;
    in
    go 0 set;

  # hasAttrByPath :: [String] -> AttrSet -> Bool
  hasAttrByPath = attrPath: set:
    let
      len = length attrPath;
      go = n: s:
        n == len || (let name = elemAt attrPath n; in s ? ${name} && go (n + 1) s.${name});
    in
    go 0 set;

  # The longest prefix of `attrPath` that leads to a value in `set`.
  longestValidPathPrefix = attrPath: set:
    let
      len = length attrPath;
      go = n: s:
        if n == len then
          attrPath
        else
          let
            name = elemAt attrPath n;
          in
          if s ? ${name} then go (n + 1) s.${name} else lib.lists.take n attrPath;
    in
    go 0 set;

  # A nest of one-attribute sets holding `value` at `attrPath`.
  setAttrByPath = attrPath: value: foldr (name: inner: { ${name} = inner; }) value attrPath;

  # getAttrFromPath :: [String] -> AttrSet -> a  (aborts when the path leads nowhere)
  getAttrFromPath = attrPath: set:
    attrByPath attrPath (abort ("cannot find attribute '" + builtins.concatStringsSep "." attrPath + "'")) set;

  # "a.b.\"c d\"", as an attribute path is written in Nix.
  showAttrPath = path:
    if path == [ ] then "<root attribute path>" else concatMapStringsSep "." escapeNixIdentifier path;

  # Applies `{ path; update; }` updates: deeper paths before shallower ones, updates of one path in list
  # order. Missing sets on the way are created; an update sees a missing value as an error, raised only if
  # it reads it.
  updateManyAttrsByPath = updates: value:
    let
      go = depth: hasValue: value: updates:
        let
          here = filter (u: length u.path == depth) updates;
          deeper = filter (u: length u.path > depth) updates;
          prefix = lib.lists.take depth (head updates).path;
          old =
            if hasValue then value
            else throw "updateManyAttrsByPath: Path '${showAttrPath prefix}' does not exist in the expression being updated, there is no value for the update function to operate on";
          withDeeper =
            if deeper == [ ] then
              old
            else if hasValue && !isAttrs value then
              throw "updateManyAttrsByPath: Path '${showAttrPath prefix}' of the value being updated is not an attribute set, but updates change attributes below it"
            else
              (if hasValue then value else { })
              // mapAttrs
                (name: go (depth + 1) (hasValue && value ? ${name}) (if hasValue then value.${name} or null else null))
                (builtins.groupBy (u: elemAt u.path depth) deeper);
        in
        foldl' (acc: u: u.update acc) withDeeper here;
    in
    if updates == [ ] then value else go 0 true value updates;

  ## Selecting and filtering

  # attrVals :: [String] -> AttrSet -> [a]
  attrVals = nameList: set: map (name: set.${name}) nameList;

  # getAttrs :: [String] -> AttrSet -> AttrSet
  getAttrs = names: attrs: genAttrs names (name: attrs.${name});

  # filterAttrs :: (String -> a -> Bool) -> AttrSet -> AttrSet
  filterAttrs = pred: set: removeAttrs set (filter (name: !pred name set.${name}) (attrNames set));

  # filterAttrsRecursive :: (String -> a -> Bool) -> AttrSet -> AttrSet  (also inside nested sets)
  filterAttrsRecursive = pred: set:
    listToAttrs (concatMap
      (name:
        let
          v = set.${name};
        in
        if pred name v then [ (nameValuePair name (if isAttrs v then filterAttrsRecursive pred v else v)) ] else [ ])
      (attrNames set));

  # The values (searched recursively through attribute sets) accepted by `pred`.
  collect = pred: attrs:
    if pred attrs then [ attrs ] else if isAttrs attrs then concatMap (collect pred) (attrValues attrs) else [ ];

  # Whether every attribute of `pattern` is in `attrs`, compared recursively through attribute sets.
  matchAttrs = pattern: attrs:
    assert isAttrs pattern;
    builtins.all
      (name:
        let
          pat = pattern.${name};
        in
        attrs ? ${name}
        && (if isAttrs pat then isAttrs attrs.${name} && matchAttrs pat attrs.${name} else pat == attrs.${name}))
      (attrNames pattern);

  ## Mapping and folding

  # nameValuePair :: String -> a -> { name = String; value = a; }
  nameValuePair = name: value: { inherit name value; };

  # attrValues lists by name, so does this.
  mapAttrsToList = f: attrs: attrValues (mapAttrs f attrs);

  # attrsToList :: AttrSet -> [{ name = String; value = a; }]
  attrsToList = mapAttrsToList nameValuePair;

  # mapAttrs' :: (String -> a -> { name; value; }) -> AttrSet -> AttrSet
  mapAttrs' = f: set: listToAttrs (mapAttrsToList f set);

  # concatMapAttrs :: (String -> a -> AttrSet) -> AttrSet -> AttrSet  (later names win)
  concatMapAttrs = f: v: mergeAttrsList (attrValues (mapAttrs f v));

  # mapAttrsRecursive :: ([String] -> a -> b) -> AttrSet -> AttrSet
  mapAttrsRecursive = mapAttrsRecursiveCond (_: true);

  # Maps the leaves (with their paths); descends into the attribute sets accepted by `cond`.
  mapAttrsRecursiveCond = cond: f: set:
    let
      go = path: mapAttrs (name: value:
        let
          here = path ++ [ name ];
        in
        if isAttrs value && cond value then go here value else f here value);
    in
    go [ ] set;

  # foldlAttrs :: (b -> String -> a -> b) -> b -> AttrSet -> b  (in name order)
  foldlAttrs = f: init: set: foldl' (acc: name: f acc name set.${name}) init (attrNames set);

  # Folds the values of each name across a list of sets, from the right.
  foldAttrs = op: nul: listOfAttrs:
    foldr (n: a: foldr (name: o: o // { ${name} = op n.${name} (a.${name} or nul); }) a (attrNames n)) { } listOfAttrs;

  # genAttrs :: [String] -> (String -> a) -> AttrSet
  genAttrs = names: f: listToAttrs (map (n: nameValuePair n (f n)) names);

  # genAttrs' :: [a] -> (a -> { name; value; }) -> AttrSet
  genAttrs' = xs: f: listToAttrs (map f xs);

  # Every combination of one element from each list: { a = [1 2]; b = [3]; } -> [ {a=1;b=3;} {a=2;b=3;} ].
  cartesianProduct = attrsOfLists:
    foldl' (acc: name: concatMap (attrs: map (v: attrs // { ${name} = v; }) attrsOfLists.${name}) acc) [ { } ]
      (attrNames attrsOfLists);

  # mapCartesianProduct :: (AttrSet -> b) -> { String = [a]; } -> [b]
  mapCartesianProduct = f: attrsOfLists: map f (cartesianProduct attrsOfLists);

  ## Zipping and merging

  # zipAttrsWithNames :: [String] -> (String -> [a] -> b) -> [AttrSet] -> AttrSet
  zipAttrsWithNames = names: f: sets:
    listToAttrs (map (name: { inherit name; value = f name (catAttrs name sets); }) names);

  # zipAttrsWith :: (String -> [a] -> b) -> [AttrSet] -> AttrSet  (every name of every set)
  zipAttrsWith =
    builtins.zipAttrsWith or (f: sets: zipAttrsWithNames (lib.lists.unique (concatMap attrNames sets)) f sets);

  # zipAttrs :: [AttrSet] -> { String = [a]; }
  zipAttrs = zipAttrsWith (name: values: values);

  # `//` over a list, merging halves so that large lists stay cheap.
  mergeAttrsList = list:
    let
      go = start: end:
        if end - start >= 2 then
          let
            middle = start + (end - start) / 2;
          in
          go start middle // go middle end
        else if end - start == 1 then
          elemAt list start
        else
          { };
    in
    go 0 (length list);

  # Recursive `//`: descends while both sides are sets and `pred path lhs rhs` is false.
  recursiveUpdateUntil = pred: lhs: rhs:
    let
      go = path: lhs: rhs:
        lhs // rhs // mapAttrs
          (name: r:
            let
              here = path ++ [ name ];
              l = lhs.${name};
            in
            if pred here l r then r else go here l r)
          (intersectAttrs lhs rhs);
    in
    go [ ] lhs rhs;

  # recursiveUpdate :: AttrSet -> AttrSet -> AttrSet  (the right side wins where either is not a set)
  recursiveUpdate = recursiveUpdateUntil (path: lhs: rhs: !(isAttrs lhs && isAttrs rhs));

  # overrideExisting :: AttrSet -> AttrSet -> AttrSet  (only names the first set has)
  overrideExisting = old: new: mapAttrs (name: value: new.${name} or value) old;

  # `//` that fails (lazily, on access) for the names both sets define.
  unionOfDisjoint = x: y:
    let
      common = intersectAttrs x y;
      collisions = builtins.concatStringsSep " " (attrNames common);
      mask = mapAttrs (name: _: throw "unionOfDisjoint: collision on ${name}; complete list: ${collisions}") common;
    in
    x // y // mask;

  # optionalAttrs :: Bool -> AttrSet -> AttrSet
  optionalAttrs = cond: as: if cond then as else { };

  ## Packages

  # isDerivation :: a -> Bool  (a set with type = "derivation")
  isDerivation = value: value.type or null == "derivation";

  # A store path as a minimal derivation-like set.
  toDerivation = path:
    let
      path' = builtins.storePath path;
      res = {
        type = "derivation";
        name = lib.strings.sanitizeDerivationName (builtins.substring 33 (-1) (baseNameOf path'));
        outPath = path';
        outputs = [ "out" ];
        out = res;
        outputName = "out";
      };
    in
    res;

  # The output `output` of a package, unless it names an output already (then the package itself).
  getOutput = output: pkg:
    if !(pkg ? outputSpecified) || !pkg.outputSpecified then pkg.${output} or pkg.out or pkg else pkg;

  # The first of `candidates` the package has.
  getFirstOutput = candidates: pkg:
    let
      outputs = filter (name: pkg ? ${name}) candidates;
    in
    if pkg.outputSpecified or false || outputs == [ ] then pkg else pkg.${head outputs};

  # getBin :: Derivation -> Derivation
  getBin = getOutput "bin";
  # getLib :: Derivation -> Derivation
  getLib = getOutput "lib";
  # getDev :: Derivation -> Derivation
  getDev = getOutput "dev";
  # getMan :: Derivation -> Derivation
  getMan = getOutput "man";
  # getStatic :: Derivation -> Derivation
  getStatic = getFirstOutput [ "static" "lib" "out" ];
  # getInclude :: Derivation -> Derivation
  getInclude = getFirstOutput [ "include" "dev" "out" ];

  # chooseDevOutputs :: [Derivation] -> [Derivation]
  chooseDevOutputs = map getDev;

  # recurseIntoAttrs :: AttrSet -> AttrSet  (marks a package set for nix-env and Hydra to descend into)
  recurseIntoAttrs = attrs: attrs // { recurseForDerivations = true; };

  # dontRecurseIntoAttrs :: AttrSet -> AttrSet
  dontRecurseIntoAttrs = attrs: attrs // { recurseForDerivations = false; };
}
