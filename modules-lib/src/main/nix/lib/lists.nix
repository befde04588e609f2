# Functions on lists.
{ lib }:
let
  inherit (lib.trivial) min id warn;
  inherit (builtins) length elemAt genList foldl' filter head tail;
in
rec {
  inherit (builtins) head tail length isList elemAt concatLists filter elem genList map foldl' sort
    concatMap all any partition groupBy;

  # singleton :: a -> [a]
  singleton = x: [ x ];

  # forEach :: [a] -> (a -> b) -> [b]
  forEach = xs: f: map f xs;

  # Right fold: op x0 (op x1 (... (op xn nul))).
  foldr = op: nul: list:
    let
      len = length list;
      go = n: if n == len then nul else op (elemAt list n) (go (n + 1));
    in
    go 0;

  # fold :: (a -> b -> b) -> b -> [a] -> b  (deprecated name of foldr)
  fold = warn "fold has been deprecated, use foldr instead" foldr;

  # Left fold, lazy in the accumulator.
  foldl = op: nul: list:
    let
      go = n: if n == -1 then nul else op (go (n - 1)) (elemAt list n);
    in
    go (length list - 1);

  # imap0 :: (Int -> a -> b) -> [a] -> [b]  (indices from 0)
  imap0 = f: list: genList (n: f n (elemAt list n)) (length list);

  # imap1 :: (Int -> a -> b) -> [a] -> [b]  (indices from 1)
  imap1 = f: list: genList (n: f (n + 1) (elemAt list n)) (length list);

  # ifilter0 :: (Int -> a -> Bool) -> [a] -> [a]
  ifilter0 = ipred: list:
    map (i: elemAt list i) (filter (i: ipred i (elemAt list i)) (genList id (length list)));

  # Nested lists to one flat list; a non-list becomes a singleton.
  flatten = x: if isList x then concatMap flatten x else [ x ];

  # remove :: a -> [a] -> [a]  (every occurrence)
  remove = e: filter (x: x != e);

  # findSingle :: (a -> Bool) -> b -> b -> [a] -> (a | b)  (the match, else `default` for none, `multiple` for several)
  findSingle = pred: default: multiple: list:
    let
      found = filter pred list;
      n = length found;
    in
    if n == 0 then default else if n == 1 then head found else multiple;

  # findFirstIndex :: (a -> Bool) -> b -> [a] -> (Int | b)
  findFirstIndex = pred: default: list:
    let
      len = length list;
      go = i: if i == len then default else if pred (elemAt list i) then i else go (i + 1);
    in
    go 0;

  # findFirst :: (a -> Bool) -> b -> [a] -> (a | b)
  findFirst = pred: default: list:
    let
      index = findFirstIndex pred null list;
    in
    if index == null then default else elemAt list index;

  # count :: (a -> Bool) -> [a] -> Int
  count = pred: foldl' (c: x: if pred x then c + 1 else c) 0;

  # optional :: Bool -> a -> [a]
  optional = cond: elem: if cond then [ elem ] else [ ];

  # optionals :: Bool -> [a] -> [a]
  optionals = cond: elems: if cond then elems else [ ];

  # toList :: (a | [a]) -> [a]
  toList = x: if isList x then x else [ x ];

  # The integers from first to last, both included.
  range = first: last: if first > last then [ ] else genList (n: first + n) (last - first + 1);

  # replicate :: Int -> a -> [a]
  replicate = n: elem: genList (_: elem) n;

  # groupBy' :: (b -> a -> b) -> b -> (a -> String) -> [a] -> { String = b; }
  groupBy' = op: nul: pred: lst: builtins.mapAttrs (_: foldl' op nul) (groupBy pred lst);

  # zipListsWith :: (a -> b -> c) -> [a] -> [b] -> [c]  (as long as the shorter list)
  zipListsWith = f: fst: snd: genList (n: f (elemAt fst n) (elemAt snd n)) (min (length fst) (length snd));

  # zipLists :: [a] -> [b] -> [{ fst = a; snd = b; }]
  zipLists = zipListsWith (fst: snd: { inherit fst snd; });

  # reverseList :: [a] -> [a]
  reverseList = xs:
    let
      l = length xs;
    in
    genList (n: elemAt xs (l - n - 1)) l;

  # Depth-first search from the head of `list` along `before`: either
  # `{ visited; rest; }` or, on a cycle, `{ cycle; loops; visited; rest; }`.
  listDfs = stopOnCycles: before: list:
    let
      dfs' = us: visited: rest:
        let
          c = filter (x: before x us) visited;
          b = partition (x: before x us) rest;
        in
        if stopOnCycles && (length c > 0) then
          { cycle = us; loops = c; inherit visited rest; }
        else if length b.right == 0 then
          { minimal = us; inherit visited rest; }
        else
          dfs' (head b.right) ([ us ] ++ visited) (tail b.right ++ b.wrong);
    in
    dfs' (head list) [ ] (tail list);

  # Topological sort: `{ result; }`, or `{ cycle; loops; }` when `before` has a cycle.
  toposort = before: list:
    let
      dfsthis = listDfs true before list;
      toporest = toposort before (dfsthis.visited ++ dfsthis.rest);
    in
    if length list < 2 then
      { result = list; }
    else if dfsthis ? cycle then
      { cycle = reverseList ([ dfsthis.cycle ] ++ dfsthis.visited); inherit (dfsthis) loops; }
    else if toporest ? cycle then
      toporest
    else
      { result = [ dfsthis.minimal ] ++ toporest.result; };

  # Sorts by a key computed once per element.
  sortOn = f: list:
    map (pair: pair.value) (sort (a: b: a.key < b.key) (map (value: { key = f value; inherit value; }) list));

  # Lexicographic comparison with `cmp` on elements: -1, 0 or 1.
  compareLists = cmp: a: b:
    if a == [ ] then
      (if b == [ ] then 0 else -1)
    else if b == [ ] then
      1
    else
      let
        rel = cmp (head a) (head b);
      in
      if rel == 0 then compareLists cmp (tail a) (tail b) else rel;

  # Sorts strings with embedded numbers by their numeric value ("a2" before "a10").
  naturalSort = lst:
    let
      vectorise = s: map (x: if isList x then lib.strings.toInt (head x) else x) (builtins.split "(0|[1-9][0-9]*)" s);
      prepared = map (x: [ (vectorise x) x ]) lst;
      less = a: b: (compareLists lib.trivial.compare (head a) (head b)) < 0;
    in
    map (x: elemAt x 1) (sort less prepared);

  # take :: Int -> [a] -> [a]
  take = count: sublist 0 count;

  # drop :: Int -> [a] -> [a]
  drop = count: list: sublist count (length list) list;

  # dropEnd :: Int -> [a] -> [a]
  dropEnd = n: xs: take (lib.trivial.max 0 (length xs - n)) xs;

  # takeEnd :: Int -> [a] -> [a]
  takeEnd = n: xs: drop (lib.trivial.max 0 (length xs - n)) xs;

  # hasPrefix :: [a] -> [a] -> Bool
  hasPrefix = list1: list2: take (length list1) list2 == list1;

  # removePrefix :: [a] -> [a] -> [a]  (throws when the first list is not a prefix)
  removePrefix = list1: list2:
    if hasPrefix list1 list2 then
      drop (length list1) list2
    else
      throw "lib.lists.removePrefix: First argument is not a list prefix of the second argument";

  # sublist :: Int -> Int -> [a] -> [a]  (start, count; cut at the end of the list)
  sublist = start: count: list:
    let
      len = length list;
    in
    genList (n: elemAt list (n + start))
      (if start >= len then 0 else if start + count > len then len - start else count);

  # commonPrefix :: [a] -> [a] -> [a]
  commonPrefix = list1: list2:
    let
      common = findFirstIndex (i: elemAt list1 i != elemAt list2 i) (min (length list1) (length list2))
        (genList id (min (length list1) (length list2)));
    in
    take common list1;

  # last :: [a] -> a
  last = list: assert lib.assertMsg (list != [ ]) "lists.last: list must not be empty!"; elemAt list (length list - 1);

  # init :: [a] -> [a]  (all but the last)
  init = list: assert lib.assertMsg (list != [ ]) "lists.init: list must not be empty!"; take (length list - 1) list;

  # crossLists :: (a -> ... -> z) -> [[a] ... [z]] -> [z]  (deprecated: mapCartesianProduct)
  crossLists = warn "lib.crossLists is deprecated, use lib.mapCartesianProduct instead."
    (f: foldl' (fs: args: concatMap (f: map f args) fs) [ f ]);

  # The distinct elements, in the order of their first occurrence (quadratic: works on any values).
  unique = foldl' (acc: e: if elem e acc then acc else acc ++ [ e ]) [ ];

  # The distinct strings, in an unspecified order, in linear time.
  uniqueStrings = list: builtins.attrNames (builtins.groupBy id list);

  # allUnique :: [a] -> Bool
  allUnique = list: length (unique list) == length list;

  # intersectLists :: [a] -> [a] -> [a]  (elements of the second list that are in the first)
  intersectLists = e: filter (x: elem x e);

  # subtractLists :: [a] -> [a] -> [a]  (elements of the second list that are not in the first)
  subtractLists = e: filter (x: !(elem x e));

  # mutuallyExclusive :: [a] -> [a] -> Bool
  mutuallyExclusive = a: b: length a == 0 || !(any (x: elem x a) b);

  # The list with the element at `idx` replaced.
  replaceElemAt = list: idx: newElem:
    assert lib.assertMsg (idx >= 0 && idx < length list)
      "'lists.replaceElemAt' called with index ${toString idx} on a list of size ${toString (length list)}";
    genList (i: if i == idx then newElem else elemAt list i) (length list);
}
