/foo + /bar
