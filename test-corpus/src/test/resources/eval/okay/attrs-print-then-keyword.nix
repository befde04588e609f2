{ "then" = 1; "rec" = 2; }
