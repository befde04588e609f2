"${{ outPath = "x"; __toString = s: "t"; }}"
