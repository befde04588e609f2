arg: { lib, ... }: { l = [ arg ]; }
