builtins.substring 2 2 "éé"
