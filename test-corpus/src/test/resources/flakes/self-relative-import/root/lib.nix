{ v = "imported"; }
