a: a +
