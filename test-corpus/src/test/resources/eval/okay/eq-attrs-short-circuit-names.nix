{ a = throw "no"; } == { b = throw "no"; }
