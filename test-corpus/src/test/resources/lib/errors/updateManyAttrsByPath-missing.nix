# An update that reads a value the path does not lead to.
let lib = import <nixpkgs/lib>; in
lib.updateManyAttrsByPath [ { path = [ "a" "b" ]; update = old: old + 1; } ] { a = { }; }
