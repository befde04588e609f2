a: b: d: a.${b}.c or d
