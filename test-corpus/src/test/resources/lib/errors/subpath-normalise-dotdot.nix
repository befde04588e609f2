# Subpaths may not go up.
let lib = import <nixpkgs/lib>; in
lib.path.subpath.normalise "a/../b"
