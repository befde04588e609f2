# getAttrFromPath aborts naming the whole path.
let lib = import <nixpkgs/lib>; in
lib.getAttrFromPath [ "a" "b" ] { a = { }; }
