{ l = [ "from modulesPath" ]; }
