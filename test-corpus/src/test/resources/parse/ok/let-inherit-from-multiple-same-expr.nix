s: let inherit (s) a; inherit (s) b; in a
