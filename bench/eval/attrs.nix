# Building and merging 100,000 attribute sets with `//`: each is a 10-name base set merged with a small set
# (one name overridden, two added), then all are folded with `//` into one set that grows to 329 names.
let
  n = 100000;
  mod = a: b: a - a / b * b;
  base = { a = 1; b = 2; c = 3; d = 4; e = 5; f = 6; g = 7; h = 8; };
  sets = builtins.genList (i: base // { b = i; "k${toString (mod i 64)}" = i; last = i; }) n;
  merged = builtins.foldl' (acc: s: acc // { "m${toString (mod s.b 256)}" = s.b; } // s) { } sets;
in [ (builtins.length (builtins.attrNames merged)) merged.b merged.m7 (builtins.foldl' (acc: s: acc + s.last) 0 sets) ]
