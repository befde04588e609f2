''
  it's
''
