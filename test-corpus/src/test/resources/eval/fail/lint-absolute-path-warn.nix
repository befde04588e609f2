[
  /tmp/foo
  (throw "stop")
]
