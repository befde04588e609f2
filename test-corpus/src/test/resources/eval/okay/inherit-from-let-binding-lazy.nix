let inherit ({ a = 1; b = throw "no"; }) a; in a
