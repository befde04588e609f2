# Paths have no default key=value rendering; the message shows the path as a string.
let lib = import <nixpkgs/lib>; in
lib.generators.toKeyValue { } { a = /etc/hosts; }
