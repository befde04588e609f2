a: b: "${a + b}"
