[ 1 ] |> builtins.length )
