# String building: 100,000 interpolated strings joined with builtins.concatStringsSep (1.2 MB result).
let
  s = builtins.concatStringsSep ", " (builtins.genList (i: "item-${toString i}") 100000);
in [ (builtins.stringLength s) (builtins.substring 0 20 s) (builtins.substring (builtins.stringLength s - 11) 11 s) ]
