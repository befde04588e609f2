# A multi-line message keeps its lines (continuations indented under the first).
let lib = import <nixpkgs/lib>; in
lib.throwIfNot false "line one\nline two" 1
