a: b: a."${b}"
