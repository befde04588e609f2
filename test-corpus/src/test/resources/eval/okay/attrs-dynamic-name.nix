let n = "dyn"; in { ${n} = 1; "${n}2" = 2; }
