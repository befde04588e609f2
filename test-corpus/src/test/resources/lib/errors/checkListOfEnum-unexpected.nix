# checkListOfEnum lists the unexpected values and the valid ones.
let lib = import <nixpkgs/lib>; in
lib.checkListOfEnum "fruits" [ "apple" "pear" ] [ "apple" "plum" "fig" ] true
