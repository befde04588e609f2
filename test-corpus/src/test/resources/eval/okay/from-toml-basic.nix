builtins.fromTOML ''
  a = 1
  b = "s"
  c = [ 1, 2 ]
  [t]
  x = true
''
