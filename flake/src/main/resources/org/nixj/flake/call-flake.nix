# Evaluates a locked flake graph, lazily: a node's source is fetched, its flake.nix imported and its outputs
# called only when something uses them.
#
#   lockFileText  flake.lock as JSON text (version 7), with the root node's own `locked` attributes added
#   sources       sources given instead of fetched, by node key (the bundled nixpkgs standing in for one)
{ lockFileText, sources }:
let
  lockFile = builtins.fromJSON lockFileText;
  nodes = lockFile.nodes;

  # The key of the node an input edge leads to: the edge itself, or a `follows` path from the root.
  resolve = edge: if builtins.isList edge then follow lockFile.root edge else edge;
  follow = key: path:
    if path == [ ] then key
    else follow (resolve nodes.${key}.inputs.${builtins.head path}) (builtins.tail path);

  flakes = builtins.mapAttrs
    (key: node:
      let
        sourceInfo = sources.${key} or (builtins.fetchTree (removeAttrs node.locked [ "dir" ]));
        subdir = node.locked.dir or "";
        outPath = if subdir == "" then sourceInfo.outPath else "${sourceInfo.outPath}/${subdir}";
        flake = import (outPath + "/flake.nix");
        inputs = builtins.mapAttrs (name: edge: flakes.${resolve edge}) (node.inputs or { });
        outputs = flake.outputs (inputs // { self = result; });
        result = outputs // sourceInfo // {
          inherit outPath inputs outputs sourceInfo;
          _type = "flake";
        };
      in
      if node.flake or true then result else sourceInfo // { inherit outPath; })
    nodes;
in
flakes.${lockFile.root}
