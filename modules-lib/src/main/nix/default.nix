# The top of the bundled nixpkgs. In nixpkgs, `import <nixpkgs> { }` gives the package set; modules-lib has
# none yet, so it says so instead of failing to find this file.
{ ... }:
throw "nixj's bundled nixpkgs has no package set yet; its library is there: import <nixpkgs/lib>"
