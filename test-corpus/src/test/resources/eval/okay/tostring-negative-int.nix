toString (-7)
