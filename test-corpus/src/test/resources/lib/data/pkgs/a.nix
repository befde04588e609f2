{ base }: { name = "a"; inherit base; }
