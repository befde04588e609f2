# Command lines from attribute sets: `{ verbose = true; output = "x"; I = [ "a" "b" ]; }` becomes
# `--verbose --output x -I a -I b`.
{ lib }:
rec {
  toGNUCommandLineShell = options: attrs: lib.strings.escapeShellArgs (toGNUCommandLine options attrs);

  toGNUCommandLine =
    { mkOptionName ? k: if builtins.stringLength k == 1 then "-${k}" else "--${k}"
    , mkBool ? k: v: lib.lists.optional v (mkOptionName k)
    , mkList ? k: v: lib.lists.concatMap (mkOption k) v
    , mkOption ? k: v:
        if v == null then
          [ ]
        else if optionValueSeparator == null then
          [ (mkOptionName k) (lib.generators.mkValueStringDefault { } v) ]
        else
          [ "${mkOptionName k}${optionValueSeparator}${lib.generators.mkValueStringDefault { } v}" ]
    , optionValueSeparator ? null
    }:
    options:
    let
      render = k: v: if builtins.isBool v then mkBool k v else if builtins.isList v then mkList k v else mkOption k v;
    in
    builtins.concatLists (lib.attrsets.mapAttrsToList render options);
}
