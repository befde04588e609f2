x: "a${x
