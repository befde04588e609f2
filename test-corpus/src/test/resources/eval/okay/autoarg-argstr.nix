{ name }: "hello ${name}"
