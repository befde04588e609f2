builtins.typeOf (/foo + "bar")
