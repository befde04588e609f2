{ a = rec { b = 1; c = b; }; }
