a: a ? "b"
