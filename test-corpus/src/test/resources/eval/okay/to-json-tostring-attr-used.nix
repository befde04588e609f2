builtins.toJSON { __toString = self: "x"; a = 1; }
