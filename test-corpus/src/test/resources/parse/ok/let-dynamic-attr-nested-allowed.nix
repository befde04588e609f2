e: let a.${e} = 1; in a
