''
    a
  b
      c
''
