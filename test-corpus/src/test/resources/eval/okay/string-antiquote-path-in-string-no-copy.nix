builtins.typeOf "${toString ./x}"
