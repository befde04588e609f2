builtins.toFile "under_score" "g"
