toString 42
