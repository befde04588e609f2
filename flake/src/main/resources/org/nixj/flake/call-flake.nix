# Evaluates a locked flake graph, lazily: a node's source is fetched, its flake.nix imported and its outputs
# called only when something uses them.
#
#   lockFileText   the lock graph as flake.lock's JSON (version 7)
#   overridesText  JSON: locked attributes to fetch instead of a node's own, by node key (the root's, which
#                  the lock file does not record, and the bundled library's where it stands in for an input)
#   fetchFinalTree fetchTree for those: it accepts the root's tree even when it is a dirty Git tree
#
# A node with `parent` is a relative path input: part of its parent flake's source, not fetched on its own.
{ lockFileText, overridesText, fetchFinalTree }:
let
  lockFile = builtins.fromJSON lockFileText;
  overrides = builtins.fromJSON overridesText;
  nodes = lockFile.nodes;

  # The key of the node an input edge leads to: the edge itself, or a `follows` path from the root.
  resolve = edge: if builtins.isList edge then follow lockFile.root edge else edge;
  follow = key: path:
    if path == [ ] then key
    else follow (resolve nodes.${key}.inputs.${builtins.head path}) (builtins.tail path);

  isRelative = key: nodes.${key} ? parent && !(overrides ? ${key});
  parentKey = key: follow lockFile.root nodes.${key}.parent;

  # A relative path without `.`, `..` and empty parts ("" for the top); the locker checked it stays inside.
  canonical = path:
    let
      parts = builtins.filter (part: builtins.isString part && part != "" && part != ".") (builtins.split "/" path);
      step = done: part:
        if part == ".." then builtins.genList (builtins.elemAt done) (builtins.length done - 1) else done ++ [ part ];
    in
    builtins.concatStringsSep "/" (builtins.foldl' step [ ] parts);

  # A node's folder within its source tree.
  subdirOf = key:
    if isRelative key then canonical (subdirOf (parentKey key) + "/" + nodes.${key}.locked.path)
    else (overrides.${key} or nodes.${key}.locked).dir or "";

  flakes = builtins.mapAttrs
    (key: node:
      let
        locked = overrides.${key} or node.locked;
        fetch = if overrides ? ${key} then fetchFinalTree else builtins.fetchTree;
        sourceInfo = if isRelative key then flakes.${parentKey key}.sourceInfo else fetch (removeAttrs locked [ "dir" ]);
        subdir = subdirOf key;
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
