# The top of the bundled nixpkgs: `import <nixpkgs> { }` gives the package set (pkgs/top-level), for the host
# given as `system` or `localSystem` (the evaluating machine's by default, which pure evaluation refuses, as in
# nixpkgs), optionally cross-compiled for `crossSystem`, with nixpkgs' `config` and `overlays`.
{ system ? builtins.currentSystem
, localSystem ? { inherit system; }
, crossSystem ? null
, config ? { }
, overlays ? [ ]
, ...
}:
import ./pkgs/top-level/default.nix {
  lib = import ./lib;
  inherit localSystem crossSystem overlays;
  config = if builtins.isFunction config then config { } else config;
}
