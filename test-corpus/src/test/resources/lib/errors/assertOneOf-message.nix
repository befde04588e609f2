# assertOneOf shows the valid values and the given one with toPretty.
let lib = import <nixpkgs/lib>; in
lib.assertOneOf "colour" "green" [ "red" "blue" ]
