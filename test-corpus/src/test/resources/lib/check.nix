# Runs one topic of the lib corpus against the `lib` at <nixpkgs/lib> (LibCorpusTest passes
# -I nixpkgs=<modules-lib tree> and --argstr topic NAME.nix).
#
# A topic file is `{ lib }: { caseName = case; ... }`, each case either
#   { expr = ...; expected = ...; }   expr must equal expected, or
#   { expr = ...; throws = true; }    forcing expr deeply must throw (throw or a failed assert).
#
# The result names every case that does not hold, with what it gave:
#   { cases = <count>; details = { <name> = { expr = ...; expected = ...; }; }; failed = [ <names> ]; }
{ topic }:
let
  lib = import <nixpkgs/lib>;
  cases = import (./cases + "/${topic}") { inherit lib; };

  forced = v: builtins.tryEval (builtins.deepSeq v v);

  holds = case:
    let
      result = builtins.tryEval (if case.throws or false then !(forced case.expr).success else case.expr == case.expected);
    in
    result.success && result.value;

  # What a failing case gave, printable even when it throws.
  shown = v:
    let
      r = forced v;
    in
    if r.success then r.value else "<throws>";

  failed = builtins.filter (name: !holds cases.${name}) (builtins.attrNames cases);
in
{
  cases = builtins.length (builtins.attrNames cases);
  inherit failed;
  details = builtins.listToAttrs (map
    (name: {
      inherit name;
      value = { expr = shown cases.${name}.expr; expected = if cases.${name}.throws or false then "<throws>" else shown cases.${name}.expected; };
    })
    failed);
}
