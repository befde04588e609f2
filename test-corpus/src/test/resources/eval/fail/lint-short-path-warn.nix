[
  foo/bar
  a/b/c
  (throw "stop")
]
