# <nix/fetchurl.nix> is served by Nix itself when no search path entry has it; nixj's gives the same derivations.
let
  fetch = import <nix/fetchurl.nix>;
  paths = d: [ d.name d.drvPath d.outPath ];
in
map paths [
  (fetch { url = "https://example.org/dist/a-1.0.tar.gz"; sha256 = "0000000000000000000000000000000000000000000000000000"; })
  (fetch { url = "https://example.org/tool"; hash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="; executable = true; name = "tool"; })
  (fetch { url = "https://example.org/src.tar.xz"; sha1 = "0000000000000000000000000000000000000000"; unpack = true; })
  (fetch { url = "https://example.org/b"; md5 = "00000000000000000000000000000000"; })
]
