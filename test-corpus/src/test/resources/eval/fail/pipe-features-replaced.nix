[ 1 ] |> builtins.length
