/foo + "/./bar/."
