a: b: a//b
