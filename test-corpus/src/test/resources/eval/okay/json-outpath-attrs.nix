{ outPath = "/some/path"; other = 1; }
