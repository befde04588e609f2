[ 1 2 3 ] |> builtins.length
