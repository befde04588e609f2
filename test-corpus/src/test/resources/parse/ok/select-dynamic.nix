a: b: a.${b}
