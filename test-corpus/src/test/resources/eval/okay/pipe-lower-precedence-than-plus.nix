1 + 1 |> toString
