# Sorting 200,000 pseudo-random integers with builtins.sort builtins.lessThan. The numbers are an LCG's
# step (x * 1103515245 + 12345 mod 2^31) applied to each index, built with genList.
let
  n = 200000;
  lcg = i: let x = i * 1103515245 + 12345; in x - x / 2147483648 * 2147483648;
  sorted = builtins.sort builtins.lessThan (builtins.genList lcg n);
in [ (builtins.length sorted) (builtins.head sorted) (builtins.elemAt sorted (n / 2)) (builtins.elemAt sorted (n - 1)) ]
