f: a: b: a || b |> f
