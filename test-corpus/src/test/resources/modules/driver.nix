# Evaluates one case of the module corpus: `case` is the case's case.nix, a function of { lib } giving the
# arguments of lib.evalModules plus `read`, which picks the value to print from the result.
{ lib, case }:
let
  spec = import case { inherit lib; };
in
spec.read (lib.evalModules (removeAttrs spec [ "read" ]))
