"${{ outPath = "x"; }}y"
