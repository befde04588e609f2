#!/usr/bin/env python3
"""Writes the ~200 MB tree that hashtree.nix adds to the store: 40 folders of 50 files of 100 KiB
(pseudo-random bytes from a fixed seed, so the same bytes every time), every seventh file executable,
and a symlink per folder. Does nothing when the tree is already complete.

    bench/eval/tree.py OUTDIR
"""
import os
import random
import sys

FOLDERS, FILES, SIZE = 40, 50, 100 * 1024


def main():
    root = os.path.join(sys.argv[1], "tree")
    stamp = os.path.join(sys.argv[1], "tree.complete")
    if os.path.exists(stamp):
        return
    rng = random.Random(20261201)
    for d in range(FOLDERS):
        folder = os.path.join(root, f"dir{d:02d}")
        os.makedirs(folder, exist_ok=True)
        for f in range(FILES):
            name = os.path.join(folder, f"file{f:02d}.bin")
            with open(name, "wb") as out:
                out.write(rng.randbytes(SIZE))
            os.chmod(name, 0o755 if f % 7 == 0 else 0o644)
        link = os.path.join(folder, "first")
        if not os.path.islink(link):
            os.symlink("file00.bin", link)
    open(stamp, "w").close()


if __name__ == "__main__":
    main()
