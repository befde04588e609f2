# toInt accepts decimal integers only.
let lib = import <nixpkgs/lib>; in
lib.toInt "1.5"
