# Derivation wrappers that stay cheap until their outputs are used.
{ lib }:
let
  inherit (lib.attrsets) genAttrs optionalAttrs mapAttrs;
in
{
  # A derivation-shaped set whose attribute names are known without evaluating `derivation`: only reading
  # its paths, name or outputs forces it (and checks it is a derivation with the expected outputs).
  lazyDerivation = { derivation, meta ? null, passthru ? { }, outputs ? [ "out" ] }:
    let
      checked =
        if derivation.type or null != "derivation" then
          throw "lazyDerivation: input must be a derivation."
        else if derivation.outputs or [ "out" ] != outputs then
          throw "lazyDerivation: The derivation ${derivation.name or "<unknown>"} has outputs that don't match the assumed outputs."
        else
          derivation;
    in
    {
      type = "derivation";
      outPath = checked.outPath;
      drvPath = checked.drvPath;
      name = checked.name;
      system = checked.system;
      outputName = checked.outputName or "out";
      inherit outputs;
    }
    // genAttrs outputs (output: checked.${output})
    // passthru
    // optionalAttrs (meta != null) { inherit meta; };

  # `value` when `cond` holds, else null (an attribute derivation ignores).
  optionalDrvAttr = cond: value: if cond then value else null;

  # `drv` whose attributes (other than its name, type and meta) warn with `msg` when read.
  warnOnInstantiate = msg: drv:
    drv // mapAttrs (_: lib.trivial.warn msg) (removeAttrs drv [ "meta" "name" "type" ]);
}
