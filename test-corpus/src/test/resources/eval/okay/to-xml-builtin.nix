builtins.toXML { a = 1; }
