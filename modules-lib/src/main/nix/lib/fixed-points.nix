# Fixed points and extensible attribute sets. Needs nothing from `lib`, so default.nix can use it to
# build `lib` itself.
{ lib }:
rec {
  fix = f: let x = f x; in x;

  fix' = f: let x = f x // { __unfix__ = f; }; in x;

  # Applies `f` until the value no longer changes.
  converge = f: x:
    let
      x' = f x;
    in
    if x' == x then x else converge f x';

  extends = overlay: f: final: let prev = f final; in prev // overlay final prev;

  composeExtensions = f: g: final: prev:
    let
      fApplied = f final prev;
      prev' = prev // fApplied;
    in
    fApplied // g final prev';

  composeManyExtensions = builtins.foldl' (x: y: composeExtensions x y) (final: prev: { });

  makeExtensible = makeExtensibleWithCustomName "extend";

  makeExtensibleWithCustomName = extenderName: rattrs:
    fix' (self: (rattrs self) // {
      ${extenderName} = f: makeExtensibleWithCustomName extenderName (extends f rattrs);
    });

  # An overlay from an overlay, a function of `prev` only, or a plain set of attributes.
  toExtension = f:
    if builtins.isFunction f then
      final: prev:
        let
          fPrev = f prev;
        in
        if builtins.isFunction fPrev then f final prev else fPrev
    else
      final: prev: f;
}
