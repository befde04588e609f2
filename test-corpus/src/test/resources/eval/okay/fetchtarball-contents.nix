let t = fetchTarball "file://${toString ../data/fetch/tree.tar.gz}"; in
  { dir = builtins.readDir t; a = builtins.readFile "${t}/a.txt"; link = builtins.readFile "${t}/link"; bin = builtins.readDir "${t}/bin"; }
