e: let "${e}" = 1; in 1
