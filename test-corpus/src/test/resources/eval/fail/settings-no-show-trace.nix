let f = x: throw "stop at ${toString x}"; in f 1
