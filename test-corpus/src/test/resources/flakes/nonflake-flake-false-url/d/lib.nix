{ greeting = "hello from d"; }
