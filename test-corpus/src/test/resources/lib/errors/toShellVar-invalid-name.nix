# Shell variable names are checked.
let lib = import <nixpkgs/lib>; in
lib.toShellVar "not-valid" "x"
