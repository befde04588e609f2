# parseFlakeRef gives the attributes of the reference as written, without fetching anything.
map builtins.parseFlakeRef [
  "nixpkgs"
  "nixpkgs/nixos-24.05"
  "path:/srv/flake"
  "git+https://example.org/r.git?ref=main&rev=0123456789abcdef0123456789abcdef01234567"
]
