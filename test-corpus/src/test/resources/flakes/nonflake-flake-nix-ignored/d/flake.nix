throw "not read: d is not a flake"
