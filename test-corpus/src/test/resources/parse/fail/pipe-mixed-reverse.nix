f: g: a: a |> f <| g
