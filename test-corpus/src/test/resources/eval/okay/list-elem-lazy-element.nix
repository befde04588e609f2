# builtins.elem forces the element only to compare it: with an empty list it stays unevaluated, as in Nix.
[ (builtins.elem (throw "never forced") [ ]) (builtins.length (builtins.filter (x: !(builtins.elem x [ ])) [ (throw "kept lazy") ])) ]
