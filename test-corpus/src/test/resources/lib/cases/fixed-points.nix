# lib.fixedPoints: fix, extends, overlays, extensible sets; lib.extend.
{ lib }:
with lib;
let
  base = self: { a = 1; b = self.a + 1; };
  overlay = final: prev: { a = prev.a * 10; c = final.b; };
in
{
  fix-self-reference = { expr = fix (self: { a = 1; b = self.a + 1; }); expected = { a = 1; b = 2; }; };
  fix-list = { expr = builtins.elemAt (fix (self: [ 1 (builtins.head self + 1) ])) 1; expected = 2; };
  fix'-keeps-function = { expr = (fix' base).__unfix__ { a = 5; }; expected = { a = 1; b = 6; }; };
  extends-overlay-sees-final = { expr = fix (extends overlay base); expected = { a = 10; b = 11; c = 11; }; };
  composeExtensions-order = {
    expr = fix (extends (composeExtensions (final: prev: { a = prev.a + 1; }) (final: prev: { a = prev.a * 2; })) base);
    expected = { a = 4; b = 5; };
  };
  composeManyExtensions-empty = { expr = fix (extends (composeManyExtensions [ ]) base); expected = { a = 1; b = 2; }; };
  composeManyExtensions-three = {
    expr = (fix (extends (composeManyExtensions [ (f: p: { x = [ 1 ]; }) (f: p: { x = p.x ++ [ 2 ]; }) (f: p: { x = p.x ++ [ 3 ]; }) ]) (self: { }))).x;
    expected = [ 1 2 3 ];
  };
  makeExtensible-extend = {
    expr = removeAttrs ((makeExtensible base).extend overlay) [ "extend" "__unfix__" ];
    expected = { a = 10; b = 11; c = 11; };
  };
  makeExtensible-extend-twice = {
    expr = (((makeExtensible base).extend (f: p: { a = 2; })).extend (f: p: { a = p.a + 1; })).b;
    expected = 4;
  };
  makeExtensibleWithCustomName-name = {
    expr = ((makeExtensibleWithCustomName "more" base).more (f: p: { a = 3; })).b;
    expected = 4;
  };
  toExtension-set = { expr = fix (extends (toExtension { a = 7; }) base); expected = { a = 7; b = 8; }; };
  toExtension-prev-only = { expr = fix (extends (toExtension (prev: { a = prev.a + 5; })) base); expected = { a = 6; b = 7; }; };
  toExtension-overlay = { expr = fix (extends (toExtension overlay) base); expected = { a = 10; b = 11; c = 11; }; };
  lib-extend-adds = { expr = (lib.extend (final: prev: { answer = 42; })).answer; expected = 42; };
  lib-extend-overrides-used-inside = {
    expr = (lib.extend (final: prev: { strings = prev.strings // { toUpper = s: "up:" + s; }; })).strings.toUpper "x";
    expected = "up:x";
  };
  lib-extend-keeps-rest = { expr = (lib.extend (final: prev: { })).id 3; expected = 3; };
  lib-extend-sees-final = {
    expr = (lib.extend (final: prev: { myDouble = x: final.trivial.add x x; })).myDouble 4;
    expected = 8;
  };
  converge-stops-at-fixed-point = { expr = converge (x: if x > 10 then x else x * 2) 1; expected = 16; };
  converge-already-fixed = { expr = converge (x: x) [ 1 ]; expected = [ 1 ]; };
}
