# elaborate names the unknown part and the known ones.
let lib = import <nixpkgs/lib>; in
(lib.systems.elaborate "sparc-linux").config
