a: b: a ? b ++ [ ]
