# getExe' wants a derivation.
let lib = import <nixpkgs/lib>; in
lib.getExe' "hello" "hi"
