f: g: a: f <| g <| a
