# <x> is __findFile __nixPath "x": a lexical __findFile decides what it means.
let __findFile = nixPath: name: { inherit nixPath name; }; in [ <foo> <foo/bar.nix> ]
