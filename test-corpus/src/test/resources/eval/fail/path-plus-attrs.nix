/foo + { }
