https://x.org/a?b=c
