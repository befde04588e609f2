# `import` of a folder of 1,000 small files (import-files/, written by bench/eval/prepare.sh): each is parsed,
# evaluated and called once. readDir lists them; the names sort as strings.
let
  dir = ./import-files;
  names = builtins.attrNames (builtins.readDir dir);
  pkgs = map (name: import (dir + "/${name}") { inherit lib; }) names;
  lib = { double = x: x * 2; join = builtins.concatStringsSep "-"; };
in [
  (builtins.length pkgs)
  (builtins.foldl' (acc: p: acc + p.value + builtins.length p.deps + p.meta.priority) 0 pkgs)
  (builtins.elemAt pkgs 999).name
]
