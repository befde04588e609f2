{ d ? null, base }: { name = "c"; sibling = if d == null then "none" else d.name; }
