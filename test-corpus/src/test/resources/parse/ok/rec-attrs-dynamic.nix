e: rec { ${e} = 1; a = 2; }
