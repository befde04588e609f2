import (builtins.toFile "f.nix" "{ x = 1 + 2; }")
