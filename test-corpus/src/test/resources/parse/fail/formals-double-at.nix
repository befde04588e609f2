a@{ x }@b: a
