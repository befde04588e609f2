# Text snippets with dependencies, put in dependency order (NixOS's activation scripts are built this way).
# An entry is `{ text; deps; }`, `deps` naming other entries of the same set.
{ lib }:
let
  inherit (builtins) head tail isAttrs concatStringsSep;
in
rec {
  # The texts of the entries named in `names` (or given inline), each after its dependencies, each once.
  textClosureList = predefined: names:
    let
      go = done: todo:
        if todo == [ ] then
          { result = [ ]; inherit done; }
        else
          let
            entry = head todo;
          in
          if isAttrs entry then
            let
              deps = go done entry.deps;
              rest = go deps.done (tail todo);
            in
            { result = deps.result ++ [ entry.text ] ++ rest.result; inherit (rest) done; }
          else if done ? ${entry} then
            go done (tail todo)
          else
            go (done // { ${entry} = true; }) ([ predefined.${entry} ] ++ tail todo);
    in
    (go { } names).result;

  # textClosureList's texts, each passed through `f`, one per line.
  textClosureMap = f: predefined: names: concatStringsSep "\n" (map f (textClosureList predefined names));

  noDepEntry = text: { inherit text; deps = [ ]; };

  fullDepEntry = text: deps: { inherit text deps; };

  packEntry = deps: { inherit deps; text = ""; };

  stringAfter = deps: text: { inherit text deps; };
}
