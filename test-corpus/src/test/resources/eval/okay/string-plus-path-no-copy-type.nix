builtins.typeOf ("" + toString /foo)
