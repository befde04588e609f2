#!/usr/bin/env python3
"""Normalises `nix-instantiate --parse` output so Nix 2.8's and nixj's (current Nix's) can be compared.

    python3 bench/normalize.py < parse-output > normalised

Nix 2.8 prints some things differently from current Nix, which nixj follows:
  * bindings of attrsets and lets, and lambda formals, in symbol *pointer* order (effectively arbitrary),
    where current Nix sorts them by name;
  * `inherit (e) a` as `a = (e).a`, and each plain `inherit a ;` on its own;
  * a lone `$` in a string as `\\$`.
This rewrites both forms to one: bindings and formals sorted, `inherit (e) a b` expanded to
`a = (e).a; b = (e).b`, `inherit a b` split, `\\$` not followed by `{` unescaped, tokens single-spaced.
Everything else (every token, all nesting) must still match.
"""

import re
import sys

TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[()\[\]{};,]|[^\s()\[\]{};,"]+', re.S)
DOLLAR = re.compile(r'\\\$(?!\{)|\\.', re.S)


def unescape_dollar(s):
    return DOLLAR.sub(lambda m: "$" if m.group(0) == "\\$" else m.group(0), s)


def tree(text):
    root = []
    stack = [root]
    for m in TOKEN.finditer(text):
        t = m.group(0)
        if t in "([{" and len(t) == 1:
            g = [t]
            stack[-1].append(g)
            stack.append(g)
        elif t in ")]}" and len(t) == 1:
            g = stack.pop()
            g.append(t)
        else:
            stack[-1].append(unescape_dollar(t) if t.startswith('"') else t)
    if len(stack) != 1:
        raise SystemExit("normalize.py: unbalanced brackets")
    return root


def bindings(items):
    """items: rendered strings of a binding list (`a = x ; inherit b ; ...`). Returns sorted bindings."""
    out = []
    cur = []
    for it in items + [";"]:
        if it == ";":
            if cur:
                if cur[0] == "inherit":
                    if cur[1].startswith("("):
                        out.extend(f"{n} = {cur[1]} .{n}" for n in cur[2:])
                    else:
                        out.extend(f"inherit {n}" for n in cur[1:])
                else:
                    out.append(" ".join(cur))
            cur = []
        else:
            cur.append(it)
    return sorted(out)


def render(node):
    if isinstance(node, str):
        return node
    open_, close = node[0], node[-1]
    kids = [render(k) for k in node[1:-1]]
    if open_ == "{":
        if ";" in kids:
            return "{ " + " ; ".join(bindings(kids)) + " ; }"
        if "," in kids:
            parts, cur = [], []
            for k in kids + [","]:
                if k == ",":
                    parts.append(" ".join(cur))
                    cur = []
                else:
                    cur.append(k)
            ell = [p for p in parts if p == "..."]
            return "{ " + " , ".join(sorted(p for p in parts if p != "...") + ell) + " }"
    if open_ == "(" and kids and kids[0] == "let":
        i = kids.index("in")
        return "( let " + " ; ".join(bindings(kids[1:i])) + " ; " + " ".join(kids[i:]) + " )"
    return " ".join([open_] + kids + [close])


def main():
    sys.setrecursionlimit(100000)
    text = sys.stdin.read()
    sys.stdout.write(" ".join(render(n) for n in tree(text)) + "\n")


if __name__ == "__main__":
    main()
