builtins.fromTOML ''
  basic = "a\tb"
  literal = 'c:\d'
''
