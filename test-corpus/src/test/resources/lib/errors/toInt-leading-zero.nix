# toInt refuses leading zeros: "010" could be meant octal (toIntBase10 accepts it).
let lib = import <nixpkgs/lib>; in
lib.toInt "010"
