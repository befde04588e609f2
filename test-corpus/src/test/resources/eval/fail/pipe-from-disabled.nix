builtins.length <| [ 1 ]
