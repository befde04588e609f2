# Tracing helpers and a small unit-test runner.
{ lib }:
let
  inherit (builtins) trace deepSeq isAttrs isList attrNames filter;
  inherit (lib.trivial) id;

  # `v` printed on one line with sets and lists nested deeper than `depth` shown as "…".
  showToDepth = depth: v:
    let
      cut = d: v:
        if d <= 0 && (isAttrs v || isList v) then
          { __pretty = _: "…"; val = null; }
        else if isAttrs v && !lib.attrsets.isDerivation v then
          builtins.mapAttrs (_: cut (d - 1)) v
        else if isList v then
          map (cut (d - 1)) v
        else
          v;
    in
    lib.generators.toPretty { allowPrettyValues = true; multiline = false; } (cut depth v);
in
rec {
  traceIf = pred: msg: x: if pred then trace msg x else x;

  traceValFn = f: x: trace (f x) x;

  traceVal = traceValFn id;

  # Traces `x` fully evaluated, returns `y`.
  traceSeq = x: y: trace (deepSeq x x) y;

  # Traces `x` evaluated to `depth` levels (deeper values show as "…"), returns `y`.
  traceSeqN = depth: x: y: trace (showToDepth depth x) y;

  traceValSeqFn = f: v: traceValFn f (deepSeq v v);

  traceValSeq = traceValSeqFn id;

  traceValSeqNFn = f: depth: v: trace (showToDepth depth (f v)) v;

  traceValSeqN = traceValSeqNFn id;

  # Traces a function call's arguments and result, each to `depth` levels.
  traceFnSeqN = depth: name: f: v:
    let
      res = f v;
    in
    traceSeqN (depth + 1) { fn = name; from = v; to = res; } res;

  # Runs the tests of a set of `{ expr; expected; }` whose names start with "test" (or the ones listed in
  # `tests`); returns the failures as `{ name; expected; result; }`.
  runTests = tests:
    lib.lists.concatMap
      (name:
        let
          test = tests.${name};
          selected = !(tests ? tests) || builtins.elem name tests.tests;
        in
        if lib.strings.hasPrefix "test" name && selected && test.expr != test.expected then
          [ { inherit name; inherit (test) expected; result = test.expr; } ]
        else
          [ ])
      (attrNames tests);

  # One test expecting every element of `expr` to be true.
  testAllTrue = expr: { inherit expr; expected = map (_: true) expr; };
}
