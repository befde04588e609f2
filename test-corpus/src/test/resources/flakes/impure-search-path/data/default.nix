"from the search path"
