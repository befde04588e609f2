a: b: a ++ b
