x': x'
