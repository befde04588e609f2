{ outputs = { self }: { z = 1; }; }
