# A required argument neither the package set nor the call gives: the message names it, its position and close names.
let lib = import <nixpkgs/lib>; in
lib.callPackageWith { abc = 1; abd = 2; zzz = 3; } ({ abe, x ? 1 }: abe) { }
