let t = builtins.fetchTree "path:${toString ../data/fetch}"; in builtins.readFile "${t}/hello.txt"
