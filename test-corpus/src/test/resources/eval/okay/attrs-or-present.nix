{ a = 1; }.a or "default"
