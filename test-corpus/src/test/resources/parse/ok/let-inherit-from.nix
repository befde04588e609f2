s: let inherit (s) a b; in a
