# Current Nix keys lists by their Value: a thunk forced to the same list is a new place, so the list is
# printed again; a set is keyed by its bindings, so it is repeated wherever it is met.
let a = [ 1 2 3 ]; s = { l = a; }; in [ a (builtins.head [ a ]) s.l s s ]
