a: a ? or
