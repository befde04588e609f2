# The lang test eval-okay-print of Nix: the result of a let is a place of its own, the list inside it another.
with builtins; [ null toString (deepSeq 1) (a: a) (let x = [ x ]; in x) ]
