# Fixed points and extensible attribute sets. Needs nothing from `lib`, so default.nix can use it to
# build `lib` itself.
{ lib }:
rec {
  fix = f: let x = f x; in x;

  fix' = f: let x = f x // { __unfix__ = f; }; in x;

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
}
