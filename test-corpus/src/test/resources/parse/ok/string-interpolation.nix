x: "a${x}b"
