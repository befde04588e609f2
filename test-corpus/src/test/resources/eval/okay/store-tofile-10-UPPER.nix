builtins.toFile "UPPER" "h"
