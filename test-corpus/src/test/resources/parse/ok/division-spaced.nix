a: b: a / b
