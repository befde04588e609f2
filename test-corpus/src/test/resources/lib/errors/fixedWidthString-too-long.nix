# The string does not fit the requested width.
let lib = import <nixpkgs/lib>; in
lib.fixedWidthString 2 "0" "12345"
