f: g: a: f <| a |> g
