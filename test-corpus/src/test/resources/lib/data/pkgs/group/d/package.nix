{ }: { name = "d"; }
