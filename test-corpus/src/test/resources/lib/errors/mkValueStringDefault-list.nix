# Lists have no default key=value rendering.
let lib = import <nixpkgs/lib>; in
lib.generators.toKeyValue { } { a = [ 1 2 ]; }
