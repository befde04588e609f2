x: ''
  a ${x} b
''
