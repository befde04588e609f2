[ 1 "a" ./b { } [ ] null ]
