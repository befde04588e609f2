''
  hello
    world
''
