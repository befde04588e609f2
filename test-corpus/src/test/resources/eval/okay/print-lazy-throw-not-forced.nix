{ a = throw "not printed"; }
