let ok = false; in assert ok; 1
