# builtins.derivation, written in Nix on top of derivationStrict so that it stays lazy: nothing is
# instantiated until outPath, drvPath or an output is read. The result is the attribute set given, plus
# one attribute per output (each the same set seen from that output), `all` (the list of them) and
# `drvAttrs` (the set given); the set seen from an output also has its outPath, the drvPath, its
# outputName and type = "derivation". The first output's view is the result.
drvAttrs@{ outputs ? [ "out" ], ... }:

let
  strict = derivationStrict drvAttrs;

  viewOf = outputName: {
    name = outputName;
    value = shared // {
      outPath = builtins.getAttr outputName strict;
      drvPath = strict.drvPath;
      type = "derivation";
      inherit outputName;
    };
  };

  views = map viewOf outputs;

  shared = drvAttrs // builtins.listToAttrs views // {
    all = map (view: view.value) views;
    inherit drvAttrs;
  };
in
(builtins.head views).value
