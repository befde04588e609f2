# fetchMercurial is global, as in Nix (its name has no leading "__").
[ (builtins ? fetchMercurial) (builtins.isFunction fetchMercurial) ]
