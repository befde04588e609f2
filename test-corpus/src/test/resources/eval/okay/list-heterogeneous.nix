[ 1 "a" null true 1.5 { } [ ] ]
