true -> 1
