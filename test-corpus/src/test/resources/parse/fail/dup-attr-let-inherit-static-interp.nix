a: let inherit ${"a"}; ${"a"} = 1; in a
