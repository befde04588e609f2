a: b: c: f: -a.b or c * f b + 1 ++ [ ] // { } < 2 == !c && a || b -> c
