rec { b = a + 1; a = 1; }
