# A string ending in "/" or "/." must name a directory; a path value never does (it has no trailing slash).
let d = toString ../data; in
map builtins.pathExists [
  "${d}/hello.txt"
  "${d}/hello.txt/"
  "${d}/hello.txt/."
  (../data/hello.txt + "/")
  "${d}/dir/"
  "${d}/dir/."
  "${d}/./"
  "${d}/missing/"
]
