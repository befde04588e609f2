# A name defined on both sides of unionOfDisjoint fails when it is read.
let lib = import <nixpkgs/lib>; in
(lib.attrsets.unionOfDisjoint { a = 1; b = 1; } { a = 2; b = 2; }).a
