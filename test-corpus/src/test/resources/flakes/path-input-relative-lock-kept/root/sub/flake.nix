{ outputs = { self }: { y = 7; }; }
