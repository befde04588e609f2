# Paths are canonicalised before they are looked up: "x/.." is the folder holding x, whether x exists or not.
let d = toString ../data; in
map builtins.pathExists [ "${d}/missing/.." "${d}/hello.txt/.." "${d}/missing/../hello.txt" ]
