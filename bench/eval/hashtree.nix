# Adding a 200 MB tree (tree/: 2,000 files of 100 KiB and 40 symlinks, written by bench/eval/tree.py) to the
# store with builtins.path: its NAR is serialised and hashed to give the store path.
[ (builtins.path { path = ./tree; name = "tree"; }) ]
