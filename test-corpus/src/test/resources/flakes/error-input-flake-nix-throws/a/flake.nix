throw "a is broken"
