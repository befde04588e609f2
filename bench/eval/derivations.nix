# 10,000 derivations: a chain of 1,000 (each one's builder script names the previous one's output, so each
# is an input of the next) and a fan of 9,000 leaves that are all inputs of one root. Prints the two roots'
# .drv paths and one output path, so nixj and Nix are checked to compute the very same store paths. The chain
# stays inside max-call-depth: each link nests about seven calls and coercions, in current Nix as in nixj.
let
  mk = name: inputs: derivation {
    inherit name;
    system = "x86_64-linux";
    builder = "/bin/sh";
    args = [ "-c" "echo ${toString inputs} > $out" ];
  };
  chain = builtins.foldl' (previous: i: mk "chain-${toString i}" [ previous ]) (mk "chain-0" [ ])
    (builtins.genList (i: i + 1) 999);
  fan = mk "fan" (builtins.genList (i: mk "leaf-${toString i}" [ ]) 9000);
in [ chain.drvPath fan.drvPath fan.outPath ]
