[
  https://example.org/a
  (throw "stop")
]
